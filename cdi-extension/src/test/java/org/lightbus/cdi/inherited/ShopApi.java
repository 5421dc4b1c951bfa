package org.lightbus.cdi.inherited;

import org.lightbus.api.BusApi;
import org.lightbus.api.BusEvent;

@BusApi("shop")
public interface ShopApi {

    @BusEvent
    record OrderPlaced(String order) {
    }
}
