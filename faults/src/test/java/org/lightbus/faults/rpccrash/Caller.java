package org.lightbus.faults.rpccrash;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.lightbus.api.Bus;
import org.lightbus.faults.apps.FaultsApi;

/** The client application's bean: the typed RPC client of {@link FaultsApi}. */
@ApplicationScoped
public class Caller {

    @Inject
    @Bus
    FaultsApi faults;

    FaultsApi faults() {
        return faults;
    }
}
