package org.lightbus.tck.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.lightbus.api.Bus;
import org.lightbus.api.Listener;
import org.lightbus.tck.contract.AuthApi;

@ApplicationScoped
public class Mailer {

    void welcome(@Observes @Bus @Listener("welcome") AuthApi.UserSignedUp event) {
    }
}
