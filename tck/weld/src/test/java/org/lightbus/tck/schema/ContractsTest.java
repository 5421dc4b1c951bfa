package org.lightbus.tck.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lightbus.api.BusSchemas;
import org.lightbus.api.LightbusException;
import org.lightbus.devbroker.junit.OutputCapture;
import org.lightbus.tck.support.Broker;
import org.lightbus.testing.BusApplication;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.GetResponse;

/**
 * Applications share the contract of an API over the broker: the owner publishes its schema, others check what they
 * send and receive against it, and an application built against another contract hears about it when it starts.
 */
class ContractsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final Broker broker = new Broker();
    private final List<BusApplication> applications = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        applications.forEach(BusApplication::close);
        broker.close();
    }

    @Test
    void theOwnersSchemaReachesAnApplicationStartedLaterAndEventsFlow() {
        BusApplication catalog = start("catalog", Catalog.class);
        BusApplication shop = start("shop", Shop.class);

        assertThat(shop.bean(BusSchemas.class).schema("catalog")).as("what the shop got from the owner")
                .isEqualTo(catalog.bean(BusSchemas.class).schema("catalog")).isPresent();

        catalog.bean(Catalog.class).add(new CatalogApi.ProductAdded("sku-1", "Lamp", new BigDecimal("19.90")));
        await().atMost(PATIENCE).until(() -> !shop.bean(Shop.class).products().isEmpty());
        assertThat(shop.bean(Shop.class).catalog().reserve(new CatalogApi.Reservation("sku-1", 2))).isTrue();
    }

    @Test
    void aCallOfAnOldClientMissingARequiredFieldIsNotSentAndTheErrorNamesTheField() {
        BusApplication catalog = start("catalog", Catalog.class);
        BusApplication oldShop = start("old-shop", OldShop.class);

        assertThatThrownBy(() -> oldShop.bean(OldShop.class).catalog().reserve(new OldCatalogApi.Reservation("sku-1")))
                .isInstanceOf(LightbusException.class).hasMessageStartingWith("LBUS02014")
                .hasMessageContaining("catalog.reserve").hasMessageContaining("$[0].quantity");
        assertThat(catalog.bean(Catalog.class).reserved()).isEmpty();
    }

    @Test
    void anApplicationWithAnIncompatibleContractIsWarnedAtStartOrFailsWhenStrict() {
        start("catalog", Catalog.class);

        try (OutputCapture capture = OutputCapture.start()) {
            start("old-shop", OldShop.class);

            assertThat(capture.text()).contains("LBUS02506").contains("catalog").contains("$.currency")
                    .contains("$[0].quantity");
        }
        assertThatThrownBy(() -> start("strict-shop", OldShop.class, "lightbus.api.catalog.validate.strict", "true"))
                .isInstanceOf(LightbusException.class).hasMessageContaining("LBUS02016")
                .hasMessageContaining("$.currency");
    }

    @Test
    void anInvalidEventFromAPlainClientIsDeadLetteredWithTheValidationError() {
        String deadLetters = broker.listenerQueue("shop", "Shop.onProduct") + ".dlq";
        start("catalog", Catalog.class);
        BusApplication shop = start("shop", Shop.class);
        String id = UUID.randomUUID().toString();

        broker.publishRaw(broker.exchange("catalog"), "product_added", properties(id),
                "{\"sku\": 1, \"name\": \"Lamp\", \"price\": 19.9}");

        await().atMost(PATIENCE).until(() -> broker.ready(deadLetters) >= 1);
        GetResponse dead = broker.get(deadLetters);
        assertThat(dead.getProps().getMessageId()).isEqualTo(id);
        assertThat(String.valueOf(Broker.headers(dead).get("x-lightbus-error-message"))).contains("LBUS02015")
                .contains("$.sku").contains("published schema sha256:");
        assertThat(shop.bean(Shop.class).products()).isEmpty();
    }

    private BusApplication start(String service, Class<?> bean, String... config) {
        BusApplication.Builder builder = BusApplication.named(service).in(broker.namespace()).with(bean);
        for (int i = 0; i < config.length; i += 2) {
            builder.config(config[i], config[i + 1]);
        }
        BusApplication application = builder.start();
        applications.add(application);
        return application;
    }

    private static AMQP.BasicProperties properties(String id) {
        return new AMQP.BasicProperties.Builder().contentType("application/json").deliveryMode(2).messageId(id)
                .appId("handmade").type("catalog.product_added").timestamp(Date.from(Instant.now()))
                .headers(Map.of("x-lightbus-api", "catalog", "x-lightbus-event", "product_added",
                        "x-lightbus-timestamp", Instant.now().toEpochMilli()))
                .build();
    }
}
