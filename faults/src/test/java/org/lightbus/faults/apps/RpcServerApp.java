package org.lightbus.faults.apps;

import java.util.concurrent.CountDownLatch;

/** An application that serves {@link FaultsApi} with {@link EchoService} until the test kills it. */
public final class RpcServerApp {

    private RpcServerApp() {
    }

    public static void main(String[] args) throws Exception {
        BusProcess.start(command -> {
        }, EchoService.class);
        BusProcess.ready();
        new CountDownLatch(1).await(); // until killed, or the test JVM goes away
    }
}
