package org.lightbus.testing.fired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lightbus.testing.Times.atLeast;
import static org.lightbus.testing.Times.times;

import java.net.URI;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.assertj.core.api.Condition;
import org.junit.jupiter.api.Test;
import org.lightbus.testing.LightbusTest;
import org.lightbus.testing.TestBus;
import org.lightbus.testing.contract.AuthApi.UserSignedUp;

@LightbusTest(config = { "lightbus.service-name=auth", "lightbus.owned-apis=auth" })
class AssertFiredTest {

    private static final URI ADA_AVATAR = URI.create("https://avatars.example.com/ada");
    private static final URI BOB_AVATAR = URI.create("https://avatars.example.com/bob");

    @Inject
    Signup signup;

    @Inject
    TestBus bus;

    @Test
    void anEventFiredIsAssertedWithTheValuesTheApplicationUsed() {
        signup.signUp("ada", "ada@example.com");

        bus.assertFired(new UserSignedUp("ada", "ada@example.com", ADA_AVATAR));
        bus.assertNotFired(new UserSignedUp("bob", "bob@example.com", BOB_AVATAR));
        assertThat(bus.fired(UserSignedUp.class))
                .containsExactly(new UserSignedUp("ada", "ada@example.com", ADA_AVATAR));
    }

    @Test
    void countsAndFieldMatchers() {
        signup.signUp("ada", "ada@example.com");
        signup.signUp("bob", "bob@example.com");

        bus.assertFired(UserSignedUp.class, times(2));
        bus.assertFired(UserSignedUp.class, event -> event.username().equals("bob"));
        bus.assertFired(UserSignedUp.class,
                new Condition<>(event -> event.email().endsWith("@example.com"), "an example.com address"), times(2));
        bus.assertNotFired(UserSignedUp.class, event -> event.username().equals("eve"));
        assertThat(bus.fired(UserSignedUp.class)).extracting(UserSignedUp::username).containsExactly("ada", "bob");
    }

    @Test
    void aMissingEventShowsTheClosestFiredAndTheFieldsThatDiffer() {
        signup.signUp("bob", "bob@example.com");
        signup.signUp("ada", "ada@example.com");

        assertThatThrownBy(() -> bus.assertFired(new UserSignedUp("ada", "ADA@example.com", ADA_AVATAR)))
                .isInstanceOf(AssertionError.class).hasMessage("""
                        LBUS05002: Expected auth.user_signed_up UserSignedUp[username=ada, email=ADA@example.com, \
                        avatar=https://avatars.example.com/ada] to be fired 1 time, but it was fired 0 times
                        Fired auth.user_signed_up events, closest first (2):
                          UserSignedUp[username=ada, email=ada@example.com, avatar=https://avatars.example.com/ada]
                              $.email: expected "ADA@example.com" but was "ada@example.com"
                          UserSignedUp[username=bob, email=bob@example.com, avatar=https://avatars.example.com/bob]
                              $.username: expected "ada" but was "bob"
                              $.email: expected "ADA@example.com" but was "bob@example.com"
                              $.avatar: expected "https://avatars.example.com/ada" but was \
                        "https://avatars.example.com/bob\"""");
    }

    @Test
    void nothingOfTheTypeFired() {
        assertThatThrownBy(() -> bus.assertFired(UserSignedUp.class, atLeast(1))).hasMessage("""
                LBUS05002: Expected auth.user_signed_up to be fired at least 1 time, but it was fired 0 times
                No auth.user_signed_up was fired. Events fired: none""");
    }

    @Test
    void tooManyAndUnwantedEventsAreListed() {
        signup.signUp("ada", "ada@example.com");
        signup.signUp("ada", "ada@example.com");

        assertThatThrownBy(() -> bus.assertFired(new UserSignedUp("ada", "ada@example.com", ADA_AVATAR)))
                .hasMessageStartingWith("LBUS05002: Expected auth.user_signed_up UserSignedUp[username=ada, "
                        + "email=ada@example.com, avatar=https://avatars.example.com/ada] to be fired 1 time, but it "
                        + "was fired 2 times");
        assertThatThrownBy(() -> bus.assertNotFired(UserSignedUp.class, event -> event.username().equals("ada")))
                .hasMessage("""
                        LBUS05002: Expected auth.user_signed_up matching the predicate to be fired 0 times, but it \
                        was fired 2 times
                        Fired auth.user_signed_up events (2):
                          UserSignedUp[username=ada, email=ada@example.com, avatar=https://avatars.example.com/ada]
                          UserSignedUp[username=ada, email=ada@example.com, avatar=https://avatars.example.com/ada]""");
        assertThatThrownBy(() -> bus.assertFired(UserSignedUp.class,
                new Condition<>(event -> event.username().equals("bob"), "username bob"))).hasMessageStartingWith(
                        "LBUS05002: Expected auth.user_signed_up matching username bob to be fired 1 "
                                + "time, but it was fired 0 times");
    }

    @Test
    void aTypeThatIsNoEventIsRefused() {
        assertThatThrownBy(() -> bus.fired(String.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("LBUS05001: java.lang.String is not a bus event: ");
    }

    @Test
    void anUnwantedTypeIsListedAndResetForgetsWhatWasFired() {
        signup.signUp("ada", "ada@example.com");

        assertThatThrownBy(() -> bus.assertNotFired(UserSignedUp.class)).hasMessage("""
                LBUS05002: Expected auth.user_signed_up to be fired 0 times, but it was fired 1 time
                Fired auth.user_signed_up events (1):
                  UserSignedUp[username=ada, email=ada@example.com, avatar=https://avatars.example.com/ada]""");

        bus.reset();

        bus.assertNotFired(UserSignedUp.class);
        assertThat(bus.fired(UserSignedUp.class)).isEmpty();
    }

    @Test
    void anEventFiredAsynchronouslyIsRecordedOnceItsStageCompletes() throws Exception {
        signup.signUpAsync("ada", "ada@example.com").toCompletableFuture().get(30, TimeUnit.SECONDS);

        bus.assertFired(new UserSignedUp("ada", "ada@example.com", ADA_AVATAR));
    }
}
