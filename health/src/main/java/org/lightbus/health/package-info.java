/**
 * The bus's MicroProfile Health checks, both named {@code lightbus}: {@link org.lightbus.health.BusReadiness} and
 * {@link org.lightbus.health.BusLiveness}. An optional module (artifact {@code lightbus-health}) for runtimes that
 * offer MicroProfile Health: Quarkus with {@code quarkus-smallrye-health}, Open Liberty with {@code mpHealth}, WildFly
 * with its {@code microprofile-health-smallrye} subsystem. Its jar is a bean archive, so that each runtime finds the
 * checks as it finds the application's own.
 */
package org.lightbus.health;
