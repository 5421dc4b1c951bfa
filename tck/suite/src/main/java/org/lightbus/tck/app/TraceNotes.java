package org.lightbus.tck.app;

/**
 * Where the roles note the trace they run in, when a listener handles an event and when a procedure runs. Its
 * implementation, {@link Traces}, uses the OpenTelemetry API and is only in the applications that trace, so that every
 * role deploys without that API; elsewhere nobody takes the notes.
 */
public interface TraceNotes {

    /**
     * Notes the current span.
     *
     * @param where
     *            the listener or the procedure that runs
     * @param user
     *            the user of the event or call, which tells the runs of a scenario apart
     */
    void note(String where, String user);
}
