package org.lightbus.messaging.incoming;

import org.lightbus.api.BusApi;
import org.lightbus.api.BusEvent;

/** The API of the Reactive Messaging application, which sends its event on an outgoing channel. */
@BusApi("shop")
public interface ShopApi {

    @BusEvent
    record OrderPlaced(String orderId, String username) {
    }
}
