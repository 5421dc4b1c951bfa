package org.lightbus.cli;

import static org.lightbus.cli.CliMessages.MESSAGES;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The check {@code fire} and {@code call} make before sending: finds the event or procedure in the schema document its
 * API's owner published, and refuses a value that does not match its schema.
 */
enum SchemaCheck {

    /** An event: {@code events.<event>} of the document, checked against the event's fields. */
    EVENT("event", "fields"),
    /** A procedure: {@code rpcs.<procedure>.parameters}, checked against the call's arguments. */
    PROCEDURE("procedure", "arguments");

    private final String kind;
    private final String what;

    SchemaCheck(String kind, String what) {
        this.kind = kind;
        this.what = what;
    }

    /**
     * @param schemas
     *            the documents that arrived, by API
     * @param candidates
     *            the readings of the command's argument, longest API first
     * @param value
     *            what is to be sent
     * @param waited
     *            how long the command waited for the schemas, for the message
     * @param namespace
     *            for the message
     *
     * @return the first candidate whose API's document has the event or procedure, once the value matches it
     *
     * @throws CliException
     *             not found if no document arrived; usage if no document has the name, or the value violates it,
     *             listing each violation with its JSON path
     */
    MemberTarget check(Map<String, JsonNode> schemas, List<MemberTarget> candidates, JsonNode value, String waited,
            String namespace) {
        String argument = candidates.get(0).toString();
        MemberTarget found = null;
        for (MemberTarget candidate : candidates) {
            if (!schema(schemas.get(candidate.api()), candidate.name()).isMissingNode()) {
                found = candidate;
                break;
            }
        }
        if (found == null) {
            MemberTarget known = candidates.stream().filter(c -> schemas.containsKey(c.api())).findFirst().orElse(null);
            if (known == null) {
                String apis = candidates.stream().map(MemberTarget::api).collect(Collectors.joining(", "));
                throw CliException.notFound(
                        MESSAGES.noSchemaToValidate(argument, candidates.get(0).api(), apis, waited, namespace));
            }
            throw CliException.usage(MESSAGES.notInSchema(known.api(), kind, known.name(),
                    names(schemas.get(known.api()).path(section()))));
        }
        JsonNode document = schemas.get(found.api());
        List<String> violations = SchemaValidator.violations(schema(document, found.name()), value);
        if (!violations.isEmpty()) {
            throw CliException.usage(MESSAGES.invalidAgainstSchema(what, found.toString(), found.api(),
                    document.path("version").asText("no version"),
                    violations.stream().map(v -> "  " + v).collect(Collectors.joining(System.lineSeparator()))));
        }
        return found;
    }

    private String section() {
        return this == EVENT ? "events" : "rpcs";
    }

    /**
     * @return the schema of the name in the document, or a missing node
     */
    JsonNode schema(JsonNode document, String name) {
        if (document == null) {
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
        JsonNode member = document.path(section()).path(name);
        JsonNode schema = this == EVENT ? member : member.path("parameters");
        return schema.isObject() || schema.isBoolean() ? schema
                : com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static String names(JsonNode section) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = section.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return names.isEmpty() ? "none" : String.join(", ", names);
    }
}
