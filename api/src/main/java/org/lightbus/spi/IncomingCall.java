package org.lightbus.spi;

/**
 * A remote procedure call delivered to a server, not yet decoded. Metadata the caller did not send are null.
 *
 * @param api
 *            the API name
 * @param procedure
 *            the procedure name
 * @param correlationId
 *            the caller's correlation id
 * @param sourceService
 *            the caller's service name
 * @param body
 *            the raw arguments
 */
public record IncomingCall(String api, String procedure, String correlationId, String sourceService, byte[] body) {
}
