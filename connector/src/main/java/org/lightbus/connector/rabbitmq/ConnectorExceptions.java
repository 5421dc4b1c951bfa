package org.lightbus.connector.rabbitmq;

import static org.lightbus.spi.ErrorCodes.codeOf;

import org.lightbus.api.LightbusException;
import org.lightbus.api.PublishException;
import org.lightbus.api.RpcTimeoutException;
import org.lightbus.spi.RpcRequest;

/**
 * Turns {@link ConnectorMessages} into the public exceptions of {@code org.lightbus.api}. The code of an exception is
 * the prefix its catalogue message starts with ({@code LBUS03001: ...}).
 */
final class ConnectorExceptions {

    private ConnectorExceptions() {
    }

    static LightbusException lightbus(String message, Throwable cause) {
        return new LightbusException(codeOf(message), message, cause);
    }

    static PublishException publish(String message, MessageRef ref, Throwable cause) {
        return new PublishException(codeOf(message), message, ref.api(), ref.eventName(), ref.messageId(), cause);
    }

    static RpcTimeoutException rpcTimeout(String message, RpcRequest request) {
        return new RpcTimeoutException(codeOf(message), message, request.api(), request.procedure(), request.timeout());
    }

}
