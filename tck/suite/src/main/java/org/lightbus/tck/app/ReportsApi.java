package org.lightbus.tck.app;

import org.lightbus.api.BusApi;

/** An API that no role serves: calls to it time out. */
@BusApi("reports")
public interface ReportsApi {

    String monthly(String month);
}
