package org.lightbus.api;

/**
 * Thrown to the caller of a remote procedure when the call reached a server but did not succeed there: the procedure
 * threw, the server could not decode the arguments, or the server does not know the procedure.
 *
 * <p>
 * The remote exception is never deserialized: this exception carries its {@linkplain #remoteCode() error code},
 * {@linkplain #remoteType() type name} and message as the server sent them.
 *
 * <pre>
 * try {
 *     auth.checkPassword("ada", "secret");
 * } catch (RemoteCallException e) {
 *     if ("java.lang.IllegalArgumentException".equals(e.remoteType())) { ... }
 * }
 * </pre>
 */
public class RemoteCallException extends LightbusException {

    private static final long serialVersionUID = 1L;

    private final String api;
    private final String procedure;
    private final String remoteCode;
    private final String remoteType;
    private final String remoteMessage;

    /**
     * @param code
     *            the stable code of this exception on the caller's side
     * @param message
     *            the message, starting with the code
     * @param api
     *            the API called
     * @param procedure
     *            the procedure called, e.g. {@code check_password}
     * @param remoteCode
     *            the error code the server sent, e.g. {@code LBUS02101}
     * @param remoteType
     *            the fully qualified type name of the server's exception, or null if there was none
     * @param remoteMessage
     *            the server's exception message, or null
     */
    public RemoteCallException(String code, String message, String api, String procedure, String remoteCode,
            String remoteType, String remoteMessage) {
        super(code, message, null);
        this.api = api;
        this.procedure = procedure;
        this.remoteCode = remoteCode;
        this.remoteType = remoteType;
        this.remoteMessage = remoteMessage;
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
     * @return the error code the server sent: {@code LBUS02101} when the procedure threw, the code of a
     *         {@link LightbusException} it threw, {@code LBUS02102} for invalid arguments, {@code LBUS02103} for a
     *         procedure the server does not know, {@code LBUS02104} for a result it could not encode
     */
    public String remoteCode() {
        return remoteCode;
    }

    /**
     * @return the fully qualified type name of the exception on the server, or null if the server refused the call
     *         without one
     */
    public String remoteType() {
        return remoteType;
    }

    /**
     * @return the message of the exception on the server, or null
     */
    public String remoteMessage() {
        return remoteMessage;
    }
}
