package org.lightbus.connector.rabbitmq;

import static org.lightbus.connector.rabbitmq.ConnectorMessages.MESSAGES;

import org.lightbus.api.LightbusException;
import org.lightbus.spi.ErrorCodes;
import org.lightbus.spi.RpcReply;

/**
 * The JSON error envelope a server replies with when the handler of a call threw or its stage failed:
 * {@code {"code":"LBUS03210","type":"java.lang.IllegalStateException","message":"no such user"}}. Built by
 * {@link RpcReply#error}, so that the connector needs no JSON library.
 *
 * @param code
 *            the code of a {@link LightbusException}, otherwise {@code LBUS03210}
 * @param type
 *            the fully qualified exception class name
 * @param message
 *            the exception message, or null
 */
record ErrorEnvelope(String code, String type, String message) {

    /**
     * @param call
     *            the call that failed, {@code <api>.<procedure>}
     * @param error
     *            what the handler threw, or its stage failed with (unwrapped)
     */
    static ErrorEnvelope of(String call, Throwable error) {
        String code = error instanceof LightbusException lightbus ? lightbus.code()
                : ErrorCodes.codeOf(MESSAGES.procedureFailed(call));
        return new ErrorEnvelope(code, error.getClass().getName(), error.getMessage());
    }

    /**
     * @return the envelope as UTF-8 JSON
     */
    byte[] toJson() {
        return RpcReply.error(code, type, message).body();
    }
}
