package org.lightbus.tck.rpctelemetry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.lightbus.api.Bus;
import org.lightbus.tck.contract.AuthApi;

@ApplicationScoped
public class Caller {

    @Inject
    @Bus
    AuthApi auth;

    AuthApi auth() {
        return auth;
    }
}
