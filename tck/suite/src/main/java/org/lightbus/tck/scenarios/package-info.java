/**
 * The scenarios every runtime must pass, driven over HTTP against the roles of {@link org.lightbus.tck.app} and checked
 * on the broker. {@link org.lightbus.tck.scenarios.EventScenarios} and {@link org.lightbus.tck.scenarios.RpcScenarios}
 * hold the scenarios; the Arquillian test classes here deploy the roles as WARs and run them; a runtime without
 * Arquillian (Quarkus) runs the same scenarios from its own tests. {@link org.lightbus.tck.scenarios.TestKitTest} runs
 * in the server instead, with the test kit's {@code TestBus}.
 */
package org.lightbus.tck.scenarios;
