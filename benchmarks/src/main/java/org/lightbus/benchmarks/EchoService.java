package org.lightbus.benchmarks;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class EchoService implements EchoApi {

    @Override
    public String echo(String text) {
        return text;
    }

    @Override
    public CompletionStage<String> echoAsync(String text) {
        return CompletableFuture.completedFuture(text);
    }
}
