package org.lightbus.benchmarks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.lightbus.api.Bus;

@ApplicationScoped
public class EchoClient {

    @Inject
    @Bus
    EchoApi echo;

    EchoApi echo() {
        return echo;
    }
}
