package org.lightbus.example.signup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lightbus.testing.Times.times;

import java.net.URI;

import jakarta.inject.Inject;

import org.jboss.weld.junit5.auto.AddBeanClasses;
import org.junit.jupiter.api.Test;
import org.lightbus.example.contract.AuthApi;
import org.lightbus.example.contract.AuthApi.UserSignedUp;
import org.lightbus.testing.LightbusTest;
import org.lightbus.testing.TestBus;

/**
 * The signup application on its own: what it announces on the bus, and what it answers to calls, without a broker.
 * {@code @LightbusTest} starts a CDI container per test with the application's configuration
 * ({@code META-INF/microprofile-config.properties}) and the test kit's in-memory bus.
 */
@LightbusTest
@AddBeanClasses(AuthService.class) // the server of the auth API: it makes this application the API's owner
class SignupsTest {

    @Inject
    Signups signups;

    @Inject
    TestBus bus;

    @Test
    void aNewUserIsAnnouncedOnTheBus() {
        assertThat(signups.signUp("ada", "ada@example.com", "correct horse")).isTrue();

        bus.assertFired(new UserSignedUp("ada", "ada@example.com", URI.create("https://avatars.example.com/ada")));
    }

    @Test
    void aTakenUsernameIsNotAnnouncedAgain() {
        signups.signUp("ada", "ada@example.com", "correct horse");

        assertThat(signups.signUp("ada", "other@example.com", "battery staple")).isFalse();

        bus.assertFired(UserSignedUp.class, times(1));
        bus.assertNotFired(UserSignedUp.class, user -> user.email().equals("other@example.com"));
    }

    @Test
    void otherApplicationsCanCheckTheNewUsersPassword() {
        signups.signUp("ada", "ada@example.com", "correct horse");

        AuthApi caller = bus.simulateCall(AuthApi.class); // as mailer calls it, through the whole bus path
        assertThat(caller.checkPassword("ada", "correct horse")).isTrue();
        assertThat(caller.checkPassword("ada", "ada")).isFalse();
        assertThat(caller.isUsernameTaken("ada")).isTrue();
        assertThat(caller.isUsernameTaken("bob")).isFalse();
    }
}
