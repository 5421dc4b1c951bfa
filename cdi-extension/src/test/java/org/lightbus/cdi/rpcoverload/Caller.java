package org.lightbus.cdi.rpcoverload;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.lightbus.api.Bus;

@ApplicationScoped
public class Caller {

    @Inject
    @Bus
    Greetings greetings;

    Greetings greetings() {
        return greetings;
    }
}
