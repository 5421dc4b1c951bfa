package org.lightbus.example.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.lightbus.example.activity.Activity;
import org.lightbus.example.contract.AuthApi.UserSignedUp;
import org.lightbus.testing.LightbusTest;
import org.lightbus.testing.TestBus;

/** The images application on its own: an event from signup, simulated with the values signup fires. */
@LightbusTest
class ImagesTest {

    @Inject
    Images images;

    @Inject
    Activity activity;

    @Inject
    TestBus bus;

    @Test
    void aNewUsersAvatarIsResized() {
        bus.simulate(new UserSignedUp("ada", "ada@example.com", URI.create("https://avatars.example.com/ada")))
                .assertSucceeded();

        assertThat(activity.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(Activity.Kind.HANDLED);
            assertThat(entry.text()).isEqualTo("resized the avatar https://avatars.example.com/ada to 64x64 and "
                    + "256x256 (event from lightbus-testing)");
        });
    }
}
