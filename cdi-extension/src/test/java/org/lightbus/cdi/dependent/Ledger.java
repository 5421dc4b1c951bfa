package org.lightbus.cdi.dependent;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;

/** Records what the dependent listeners did, in order. */
@ApplicationScoped
public class Ledger {

    private final List<String> entries = new CopyOnWriteArrayList<>();

    void add(String entry) {
        entries.add(entry);
    }

    List<String> entries() {
        return entries;
    }
}
