package org.lightbus.cli;

import static org.lightbus.cli.CliMessages.MESSAGES;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The JSON that {@code fire} and {@code call} send, given as an argument or with {@code --file}.
 */
final class JsonInput {

    private JsonInput() {
    }

    /**
     * @param argument
     *            the JSON argument, or null
     * @param file
     *            the {@code --file}, or null
     *
     * @return the one JSON value given
     *
     * @throws CliException
     *             (usage) if none or both are given, the file cannot be read, or the text is not one JSON value
     */
    static JsonNode read(String argument, Path file) {
        if (argument != null && file != null) {
            throw CliException.usage(MESSAGES.jsonTwice());
        }
        if (argument == null && file == null) {
            throw CliException.usage(MESSAGES.jsonMissing());
        }
        if (file != null) {
            try {
                return parse(Files.readString(file), "file " + file);
            } catch (IOException e) {
                throw CliException.usage(MESSAGES.fileUnreadable(file.toString(), Broker.reason(e)));
            }
        }
        return parse(argument, "JSON argument");
    }

    static JsonNode parse(String text, String source) {
        try {
            return Json.parse(text);
        } catch (IOException e) {
            throw CliException.usage(MESSAGES.invalidJson(source, firstLine(Broker.reason(e))));
        }
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
