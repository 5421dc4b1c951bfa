package org.lightbus.cdi.rpcoverload;

import org.lightbus.api.BusApi;

@BusApi("greetings")
public interface Greetings {

    String greet(String name);
}
