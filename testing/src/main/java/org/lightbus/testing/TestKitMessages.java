package org.lightbus.testing;

import org.jboss.logging.Messages;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageBundle;

/**
 * The messages of the test kit, LBUS05000 to LBUS05499: misuse of the kit, and the first line of a failed assertion.
 */
@MessageBundle(projectCode = "LBUS", length = 5)
interface TestKitMessages {

    TestKitMessages MESSAGES = Messages.getBundle(TestKitMessages.class);

    @Message(id = 5000, value = "The test kit does not see what service %s sends: its transport is %s, because %s chooses it. Remove %s to test through the kit, and set %s to test against that broker")
    String notRecording(String service, String transport, String key, String key2, String brokerKey);

    @Message(id = 5001, value = "%s is not a bus event: %s")
    String notAnEvent(String type, String problems);

    @Message(id = 5002, value = "Expected %s to be fired %s, but it was fired %s")
    String firedCount(String what, String expected, String actual);

    @Message(id = 5003, value = "Expected %s to be called %s, but it was called %s")
    String calledCount(String what, String expected, String actual);

    @Message(id = 5004, value = "Unexpected call %s: no mock answers it, and %s=true refuses calls to APIs this application does not serve. Mock it in the test: bus.mock(<the API interface>.class, api -> api.<procedure>(<arguments>)).returns(<result>)")
    String unexpectedCall(String call, String key);

    @Message(id = 5005, value = "No listener of service %s observes %s, so nothing can receive the simulated event; its listeners: %s")
    String noListener(String service, String event, String listeners);

    @Message(id = 5006, value = "Service %s serves no procedure of API %s, so nothing can receive the simulated call; it serves: %s")
    String noServer(String service, String api, String served);

    @Message(id = 5007, value = "The simulated %s was not settled within %d s")
    String notSettled(String what, long seconds);

    @Message(id = 5008, value = "No reply to %s within %d ms: its mocked answer comes after %d ms (the test kit fails the call at once instead of waiting)")
    String mockSlowerThanTimeout(String call, long timeoutMillis, long delayMillis);

    @Message(id = 5009, value = "Procedure %s failed")
    String mockedFailure(String call);

    @Message(id = 5010, value = "%s=%s names no transport on the class path: the transports present are %s")
    String unknownBroker(String key, String value, String factories);

    @Message(id = 5011, value = "%s is not a bus API: %s")
    String notAnApi(String type, String problems);

    @Message(id = 5012, value = "The lambda given to %s calls no procedure of %s: write it as api -> api.checkPassword(\"ada\", \"secret\")")
    String noProcedureCalled(String method, String api);

    @Message(id = 5013, value = "%s needs the in-memory broker, but service %s uses %s: unset %s")
    String needsInMemory(String method, String service, String transport, String key);

    @Message(id = 5014, value = "The events of namespace %s were still being handled after %d s")
    String notIdle(String namespace, long seconds);

    @Message(id = 5015, value = "The value '%s' of %s is invalid: use true or false")
    String notBoolean(String value, String key);
}
