package org.lightbus.interop;

import org.lightbus.api.BusApi;
import org.lightbus.api.BusEvent;

@BusApi("auth")
public interface AuthApi {

    @BusEvent
    record UserSignedUp(String username, String email) {
    }
}
