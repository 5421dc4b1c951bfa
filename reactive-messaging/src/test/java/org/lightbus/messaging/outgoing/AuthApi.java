package org.lightbus.messaging.outgoing;

import java.net.URI;

import org.lightbus.api.BusApi;
import org.lightbus.api.BusEvent;

/** An API with events only, which the test application owns. */
@BusApi("auth")
public interface AuthApi {

    @BusEvent
    record UserSignedUp(String username, String email, URI avatar) {
    }
}
