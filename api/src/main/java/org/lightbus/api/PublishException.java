package org.lightbus.api;

/**
 * Thrown by {@code fire()}, and the failure of {@code fireAsync()}'s stage, when the broker did not take an event: it
 * refused it (negative confirm), did not confirm it within {@link LightbusConfig#PUBLISH_CONFIRM_TIMEOUT}, or could not
 * be reached.
 *
 * <p>
 * Lightbus does not retry a failed publish itself: the event may or may not have reached the broker. The caller decides
 * whether to fire it again; listeners may then see it twice (delivery is at-least-once).
 */
public class PublishException extends LightbusException {

    private static final long serialVersionUID = 1L;

    private final String api;
    private final String eventName;
    private final String messageId;

    /**
     * @param code
     *            the stable error code
     * @param message
     *            the message, starting with the code
     * @param api
     *            the API of the event
     * @param eventName
     *            the event name within the API
     * @param messageId
     *            the id of the message that was not confirmed
     * @param cause
     *            the cause, or null
     */
    public PublishException(String code, String message, String api, String eventName, String messageId,
            Throwable cause) {
        super(code, message, cause);
        this.api = api;
        this.eventName = eventName;
        this.messageId = messageId;
    }

    /**
     * @return the API of the event that was not published
     */
    public String api() {
        return api;
    }

    /**
     * @return the name of the event that was not published
     */
    public String eventName() {
        return eventName;
    }

    /**
     * @return the message id of the event that was not published
     */
    public String messageId() {
        return messageId;
    }
}
