package org.lightbus.testing;

import java.util.List;

/**
 * A remote procedure call the application made, as a test reads it from {@link TestBus#calls(Class)}.
 *
 * @param api
 *            the API name, e.g. {@code auth}
 * @param procedure
 *            the procedure name on the bus, e.g. {@code check_password}
 * @param method
 *            the method of the {@code @BusApi} interface, e.g. {@code checkPassword}
 * @param arguments
 *            the arguments as the server receives them (decoded from the message), in parameter order; an element is
 *            null where the argument was
 */
public record RecordedCall(String api, String procedure, String method, List<Object> arguments) {

    /** Copies the arguments. */
    public RecordedCall {
        arguments = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(arguments));
    }
}
