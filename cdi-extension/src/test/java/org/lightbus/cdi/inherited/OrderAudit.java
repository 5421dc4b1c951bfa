package org.lightbus.cdi.inherited;

import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class OrderAudit extends AuditBase {

    @Override
    String name() {
        return "audit";
    }
}
