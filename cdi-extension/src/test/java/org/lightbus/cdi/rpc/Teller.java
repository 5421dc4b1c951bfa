package org.lightbus.cdi.rpc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.lightbus.api.Bus;

@ApplicationScoped
public class Teller {

    @Inject
    @Bus
    Accounts accounts;

    Accounts accounts() {
        return accounts;
    }
}
