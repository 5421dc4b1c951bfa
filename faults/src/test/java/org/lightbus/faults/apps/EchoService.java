package org.lightbus.faults.apps;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import jakarta.enterprise.context.ApplicationScoped;

/** Serves {@link FaultsApi}. */
@ApplicationScoped
public class EchoService implements FaultsApi {

    @Override
    public Echo echo(long number, long millis) {
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(millis)); // simulated work: the call stays in flight
        return new Echo(number, ProcessHandle.current().pid());
    }
}
