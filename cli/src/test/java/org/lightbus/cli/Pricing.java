package org.lightbus.cli;

import jakarta.enterprise.context.ApplicationScoped;

/** Serves {@link PricingApi}. */
@ApplicationScoped
public class Pricing implements PricingApi {

    @Override
    public int price(String item, int quantity) {
        if ("unknown".equals(item)) {
            throw new IllegalStateException("no price for " + item);
        }
        return 42 * quantity;
    }
}
