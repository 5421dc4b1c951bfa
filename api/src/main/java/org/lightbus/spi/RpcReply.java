package org.lightbus.spi;

import java.util.Objects;

/**
 * The outcome of a remote procedure call as it travels back to the caller.
 *
 * @param error
 *            false if {@code body} is the JSON result, true if it is a JSON error envelope {@code {"code": ..., "type":
 *            ..., "message": ...}}
 * @param body
 *            UTF-8 JSON
 */
public record RpcReply(boolean error, byte[] body) {

    /** Checks the components. */
    public RpcReply {
        Objects.requireNonNull(body, "body");
    }
}
