package org.lightbus.cdi.context;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;

/** Request-scoped state of one delivery; records its own end so that tests can see the scope's boundaries. */
@RequestScoped
public class Receipt {

    static final List<Receipt> DESTROYED = new CopyOnWriteArrayList<>();

    private final List<String> lines = new CopyOnWriteArrayList<>();

    void add(String line) {
        lines.add(line);
    }

    List<String> lines() {
        return lines;
    }

    @PreDestroy
    void destroy() {
        DESTROYED.add(this);
    }
}
