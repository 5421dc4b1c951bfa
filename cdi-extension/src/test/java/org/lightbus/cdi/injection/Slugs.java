package org.lightbus.cdi.injection;

import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class Slugs {

    String slug(String sku) {
        return "product-" + sku.toLowerCase();
    }
}
