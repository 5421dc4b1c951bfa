package org.lightbus.connector.rabbitmq;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;

import org.junit.jupiter.api.Test;
import org.lightbus.spi.TransportFactory;

class ServiceLoaderTest {

    @Test
    void theFactoryIsRegisteredForTheServiceLoader() {
        assertThat(ServiceLoader.load(TransportFactory.class)).singleElement()
                .isInstanceOf(RabbitMQTransportFactory.class);
    }
}
