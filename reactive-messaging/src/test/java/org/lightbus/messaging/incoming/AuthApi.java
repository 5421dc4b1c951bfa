package org.lightbus.messaging.incoming;

import org.lightbus.api.BusApi;
import org.lightbus.api.BusEvent;

/** The API of the sign-up application, which fires its event with {@code @Bus Event<T>}. */
@BusApi("auth")
public interface AuthApi {

    @BusEvent
    record UserSignedUp(String username, String email) {
    }
}
