/**
 * The bus's MicroProfile Health checks, both named {@code lightbus}: {@link org.lightbus.cdi.health.BusReadiness} and
 * {@link org.lightbus.cdi.health.BusLiveness}. The extension registers them only where the application sees the
 * MicroProfile Health API (Quarkus with {@code quarkus-smallrye-health}, Open Liberty with {@code mpHealth}, WildFly
 * with its {@code microprofile-health-smallrye} subsystem); nothing else refers to them, so that the bus runs without
 * that API.
 */
package org.lightbus.cdi.health;
