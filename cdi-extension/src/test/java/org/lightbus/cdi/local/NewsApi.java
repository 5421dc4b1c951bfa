package org.lightbus.cdi.local;

import org.lightbus.api.BusApi;
import org.lightbus.api.BusEvent;

@BusApi("news")
public interface NewsApi {

    @BusEvent
    record ArticlePublished(String slug) {
    }
}
