package org.lightbus.faults.apps;

import org.lightbus.api.BusApi;
import org.lightbus.api.BusEvent;

/** The contract of the suite's applications: numbered events, and a procedure that says which process served it. */
@BusApi("faults")
public interface FaultsApi {

    /**
     * Event {@code faults.numbered}: the publisher numbers its events from 0 so that the listener's tally can be
     * checked.
     */
    @BusEvent
    record Numbered(long number) {
    }

    /** The answer of {@link #echo}. */
    record Echo(long number, long serverPid) {
    }

    /** Procedure {@code faults.echo}: returns the number and the server's process id after working {@code millis}. */
    Echo echo(long number, long millis);
}
