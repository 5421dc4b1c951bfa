package org.lightbus.faults.apps;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * An application with the listener {@link Recorder}, which appends each event it receives to the journal named by the
 * first argument, and runs until the test kills it.
 */
public final class ListenerApp {

    private ListenerApp() {
    }

    public static void main(String[] args) throws Exception {
        Recorder.journal = Journal.open(Path.of(args[0]));
        BusProcess.start(command -> {
        }, Recorder.class);
        BusProcess.ready();
        new CountDownLatch(1).await(); // until killed, or the test JVM goes away
    }
}
