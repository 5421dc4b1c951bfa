package org.lightbus.cli;

import org.lightbus.api.BusApi;

/** An API with a procedure, served by {@link Pricing}. */
@BusApi("pricing")
public interface PricingApi {

    /** @return 42 per item; fails for the item {@code unknown} */
    int price(String item, int quantity);
}
