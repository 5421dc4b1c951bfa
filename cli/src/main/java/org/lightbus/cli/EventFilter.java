package org.lightbus.cli;

import static org.lightbus.cli.CliMessages.MESSAGES;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The {@code --field name=value} filters of {@code lightbus tail}: an event passes when its body is a JSON object and
 * each named top-level field equals its value, as text: a string field by its text ({@code username=ada}), any other by
 * its JSON ({@code amount=42}, {@code vip=true}, {@code coupon=null}). No filter lets every event pass.
 */
final class EventFilter {

    private record Field(String name, String value) {
    }

    private final List<Field> fields;

    private EventFilter(List<Field> fields) {
        this.fields = fields;
    }

    /**
     * @param filters
     *            {@code name=value} each; null for none
     *
     * @throws CliException
     *             (usage) naming a filter that is not {@code name=value}
     */
    static EventFilter parse(List<String> filters) {
        List<Field> fields = new ArrayList<>();
        if (filters != null) {
            for (String filter : filters) {
                int equals = filter.indexOf('=');
                if (equals <= 0) {
                    throw CliException.usage(MESSAGES.invalidFieldFilter(filter));
                }
                fields.add(new Field(filter.substring(0, equals).trim(), filter.substring(equals + 1)));
            }
        }
        return new EventFilter(List.copyOf(fields));
    }

    /**
     * @param body
     *            the event's body, parsed ({@link Json#body})
     *
     * @return true if the event passes every filter
     */
    boolean matches(JsonNode body) {
        if (fields.isEmpty()) {
            return true;
        }
        if (body == null || !body.isObject()) {
            return false;
        }
        for (Field field : fields) {
            JsonNode value = body.get(field.name());
            if (value == null) {
                return false;
            }
            String text = value.isTextual() ? value.textValue() : value.toString();
            if (!text.equals(field.value())) {
                return false;
            }
        }
        return true;
    }
}
