package org.lightbus.benchmarks;

import java.util.concurrent.CompletionStage;

import org.lightbus.api.BusApi;

@BusApi("echo")
public interface EchoApi {

    String echo(String text);

    CompletionStage<String> echoAsync(String text);
}
