package org.lightbus.spi;

import java.util.concurrent.CompletionStage;

/**
 * Serves the calls of one API. See {@link Transport#serve}.
 */
@FunctionalInterface
public interface CallHandler {

    /**
     * @param call
     *            the delivered call; not null
     *
     * @return the reply, possibly completed later on another thread; an error reply for a failed call. A stage that
     *         fails, or an exception thrown here, is turned into an error reply by the transport
     */
    CompletionStage<RpcReply> handle(IncomingCall call);
}
