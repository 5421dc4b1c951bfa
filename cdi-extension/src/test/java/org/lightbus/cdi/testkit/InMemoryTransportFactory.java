package org.lightbus.cdi.testkit;

import org.eclipse.microprofile.config.Config;
import org.lightbus.spi.Transport;
import org.lightbus.spi.TransportFactory;

public class InMemoryTransportFactory implements TransportFactory {

    @Override
    public Transport create(Config config, String serviceName) {
        InMemoryTransport transport = new InMemoryTransport(serviceName);
        InMemoryTransport.CREATED.add(transport);
        return transport;
    }
}
