package org.lightbus.cdi.listen;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.lightbus.api.Bus;

@ApplicationScoped
public class FailingListener {

    final List<RuntimeException> thrown = new CopyOnWriteArrayList<>();

    void onSignUp(@Observes @Bus AuthApi.UserSignedUp event) {
        RuntimeException failure = new IllegalStateException("no mailbox for " + event.username());
        thrown.add(failure);
        throw failure;
    }

    List<RuntimeException> thrown() {
        return thrown;
    }
}
