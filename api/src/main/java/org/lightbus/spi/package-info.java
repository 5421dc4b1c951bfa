/**
 * The contract between the Lightbus runtime and a broker connector. For connector implementers, not for application
 * code.
 *
 * <p>
 * A connector provides a {@link org.lightbus.spi.TransportFactory} through {@link java.util.ServiceLoader}. The runtime
 * encodes events and calls {@link org.lightbus.spi.Transport#publish}; it registers every listener with
 * {@link org.lightbus.spi.Transport#listen} and decodes what the connector delivers:
 *
 * <pre>
 * Transport transport = factory.create(config, "images");
 * transport.listen(new ListenerSpec("images", "Images.resize", "auth", "user_signed_up", retry, 32),
 *         event -&gt; images.resize(decode(event.body())));
 * </pre>
 */
package org.lightbus.spi;
