package org.lightbus.cdi.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;
import org.lightbus.api.Bus;
import org.lightbus.api.BusApi;
import org.lightbus.api.BusEvent;
import org.lightbus.api.EventContext;
import org.lightbus.cdi.testkit.RecordingTransport;
import org.lightbus.cdi.testkit.TestConfig;

class SmokeTest {

    @BusApi("auth")
    public interface AuthApi {
        @BusEvent
        record UserSignedUp(String username) {
        }
    }

    @ApplicationScoped
    public static class Images {
        final List<String> seen = new CopyOnWriteArrayList<>();

        List<String> seen() {
            return seen;
        }

        void resize(@Observes @Bus AuthApi.UserSignedUp e, EventContext ctx) {
            seen.add(e.username() + "@" + ctx.attempt() + ":" + ctx.eventName());
        }
    }

    @ApplicationScoped
    public static class Signup {
        @Inject
        @Bus
        Event<AuthApi.UserSignedUp> signedUp;

        void signUp(String name) {
            signedUp.fire(new AuthApi.UserSignedUp(name));
        }
    }

    @Test
    void roundtrip() {
        TestConfig.PROPERTIES.put("lightbus.owned-apis", "auth");
        try (WeldContainer c = new Weld("smoke").disableDiscovery()
                .addBeanClasses(Images.class, Signup.class, TestConfig.class).initialize()) {
            c.select(Signup.class).get().signUp("ada");
            RecordingTransport transport = RecordingTransport.current();
            transport.awaitDelivered();
            assertThat(transport.deadLetters()).isEmpty();
            assertThat(c.select(Images.class).get().seen()).containsExactly("ada@1:user_signed_up");
        } finally {
            TestConfig.PROPERTIES.clear();
        }
    }
}
