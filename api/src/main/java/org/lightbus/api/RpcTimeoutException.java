package org.lightbus.api;

import java.time.Duration;

/**
 * Thrown to the caller of a remote procedure when no result arrived within the call's timeout
 * ({@link LightbusConfig#rpcTimeout}). No process may be serving the API, or the servers are too busy.
 *
 * <p>
 * A call that expired before a server took it is not executed; a call that a server took shortly before its deadline
 * may still have run.
 */
public class RpcTimeoutException extends LightbusException {

    private static final long serialVersionUID = 1L;

    private final String api;
    private final String procedure;
    private final Duration timeout;

    /**
     * @param code
     *            the stable error code
     * @param message
     *            the message, starting with the code
     * @param api
     *            the API called
     * @param procedure
     *            the procedure called
     * @param timeout
     *            the timeout that passed
     */
    public RpcTimeoutException(String code, String message, String api, String procedure, Duration timeout) {
        super(code, message, null);
        this.api = api;
        this.procedure = procedure;
        this.timeout = timeout;
    }

    /**
     * @return the API called
     */
    public String api() {
        return api;
    }

    /**
     * @return the procedure called
     */
    public String procedure() {
        return procedure;
    }

    /**
     * @return the timeout that passed
     */
    public Duration timeout() {
        return timeout;
    }
}
