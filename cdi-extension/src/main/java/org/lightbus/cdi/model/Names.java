package org.lightbus.cdi.model;

import java.util.regex.Pattern;

/**
 * Naming rules of the bus: API, event and listener names.
 */
public final class Names {

    private static final Pattern BUS_NAME = Pattern.compile("[a-z0-9_-]+(\\.[a-z0-9_-]+)*");
    private static final Pattern LISTENER_NAME = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");

    private Names() {
    }

    /**
     * @param name
     *            an API or event name
     *
     * @return true if it is lowercase letters, digits, {@code _} and {@code -}, with dots between parts
     */
    public static boolean isValidBusName(String name) {
        return BUS_NAME.matcher(name).matches();
    }

    /**
     * @param name
     *            a listener or service name
     *
     * @return true if it is letters, digits, {@code _} and {@code -}, with dots between parts
     */
    public static boolean isValidListenerName(String name) {
        return LISTENER_NAME.matcher(name).matches();
    }

    /**
     * A listener's queue is {@code <namespace>.<service>.<listener>}, its retry and dead-letter queues add
     * {@code .retry} and {@code .dlq}: a listener name ending in one of those would share another listener's queue.
     *
     * @param listenerName
     *            a valid listener name
     *
     * @return the reserved last part it ends with, or null
     */
    public static String reservedListenerSuffix(String listenerName) {
        String last = listenerName.substring(listenerName.lastIndexOf('.') + 1);
        return last.equals("retry") || last.equals("dlq") ? last : null;
    }

    /**
     * {@code UserSignedUp} becomes {@code user_signed_up}, {@code HTTPRequestFailed} becomes
     * {@code http_request_failed}.
     *
     * @param camelCase
     *            a Java type or method name
     *
     * @return the name in snake case
     */
    public static String snakeCase(String camelCase) {
        StringBuilder out = new StringBuilder(camelCase.length() + 8);
        for (int i = 0; i < camelCase.length(); i++) {
            char c = camelCase.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean afterLower = i > 0 && !Character.isUpperCase(camelCase.charAt(i - 1));
                boolean endOfAcronym = i > 0 && i + 1 < camelCase.length()
                        && Character.isUpperCase(camelCase.charAt(i - 1))
                        && Character.isLowerCase(camelCase.charAt(i + 1));
                if (out.length() > 0 && (afterLower || endOfAcronym) && camelCase.charAt(i - 1) != '_') {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
