package org.lightbus.spi;

/**
 * Receives the schemas other applications publish for the APIs they own. See {@link Transport#shareSchemas}.
 */
@FunctionalInterface
public interface SchemaHandler {

    /**
     * Called for every schema published for a wanted API: the same schema may come several times (every instance of the
     * owner publishes it), and a newer one replaces it. Never called concurrently; must not block for long.
     *
     * @param api
     *            the API name; not null
     * @param schema
     *            the schema document as its owner published it, UTF-8 JSON; not null, not checked
     */
    void received(String api, byte[] schema);
}
