package org.lightbus.tck.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.lightbus.api.Bus;

/**
 * The {@code signup} role's code as its own tests call it, in the test kit's scenario: signs users up, firing
 * {@link AuthApi.UserSignedUp}, and asks {@link ReportsApi}, which no role serves, for a month's report.
 */
@ApplicationScoped
public class Accounts {

    @Inject
    @Bus
    Event<AuthApi.UserSignedUp> signedUp;

    @Inject
    @Bus
    ReportsApi reports;

    public void signUp(String username) {
        signedUp.fire(new AuthApi.UserSignedUp(username, username + "@example.com"));
    }

    public String monthlyReport(String month) {
        return reports.monthly(month);
    }
}
