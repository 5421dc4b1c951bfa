package org.lightbus.testing;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.function.Function;

/**
 * A method call on an API interface, captured from a lambda such as {@code api -> api.checkPassword("ada", "x")}.
 *
 * @param method
 *            the method called
 * @param arguments
 *            its arguments, never null
 */
record Invocation(Method method, Object[] arguments) {

    /**
     * @return the one call the function makes on the API, or null if it makes none
     */
    static <A> Invocation capture(Class<A> api, Function<A, ?> call) {
        Invocation[] captured = new Invocation[1];
        A recorder = api
                .cast(Proxy.newProxyInstance(api.getClassLoader(), new Class<?>[] { api }, (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return method.invoke(captured, args); // equals, hashCode, toString of something harmless
                    }
                    captured[0] = new Invocation(method, args == null ? new Object[0] : args);
                    return defaultValue(method.getReturnType());
                }));
        call.apply(recorder);
        return captured[0];
    }

    /**
     * @return what a method of that return type returns when it does nothing: 0, false or null
     */
    static Object defaultValue(Class<?> type) {
        if (!type.isPrimitive() || type == void.class) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return '\0';
        }
        return java.lang.reflect.Array.get(java.lang.reflect.Array.newInstance(type, 1), 0);
    }
}
