package org.lightbus.tck.codes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Message codes come from the ranges of {@code docs/error-codes.md}: each catalogue stays in its range, and no code is
 * used twice across the project.
 */
class ErrorCodeCatalogueTest {

    private static final Pattern ROW = Pattern
            .compile("\\|\\s*(\\d+)\\s*\\|\\s*(\\d+)\\s*\\|[^|]*\\|\\s*`([\\w.]+)`\\s*\\|");

    private static final Pattern CODE = Pattern.compile("LBUS(\\d{5}):");

    private record Range(int from, int to, String catalogue) {
    }

    @Test
    void everyCodeIsInItsCataloguesRangeAndUsedOnce() throws Exception {
        List<Range> ranges = ranges();
        assertThat(ranges).hasSizeGreaterThanOrEqualTo(5);
        Map<Integer, String> owners = new HashMap<>();
        for (Range range : ranges) {
            Class<?> catalogue = Class.forName(range.catalogue());
            List<Integer> ids = ids(catalogue);
            assertThat(ids).as(range.catalogue()).isNotEmpty()
                    .allSatisfy(id -> assertThat(id).as(range.catalogue()).isBetween(range.from(), range.to()));
            for (int id : ids) {
                String previous = owners.put(id, catalogue.getName() + "." + id);
                assertThat(previous).as("LBUS%05d is used twice", id).isNull();
            }
        }
    }

    /**
     * The ids of a catalogue, read from the messages of its generated implementation ({@code @Message} is not kept at
     * run time): every message starts with its code.
     */
    private static List<Integer> ids(Class<?> catalogue) throws Exception {
        Object implementation = generatedImplementation(catalogue);
        List<Integer> ids = new ArrayList<>();
        for (Method method : implementation.getClass().getDeclaredMethods()) {
            if (method.getName().endsWith("$str") && method.getParameterCount() == 0) {
                method.setAccessible(true);
                Matcher code = CODE.matcher((String) method.invoke(implementation));
                if (code.lookingAt()) {
                    ids.add(Integer.parseInt(code.group(1)));
                }
            }
        }
        return ids;
    }

    private static Object generatedImplementation(Class<?> catalogue) throws Exception {
        try {
            return Class.forName(catalogue.getName() + "_$bundle").getField("INSTANCE").get(null);
        } catch (ClassNotFoundException e) {
            return Class.forName(catalogue.getName() + "_$logger").getConstructor(Logger.class)
                    .newInstance(Logger.getLogger(catalogue));
        }
    }

    private static List<Range> ranges() throws IOException {
        Path file = Path.of("..", "..", "docs", "error-codes.md");
        List<Range> ranges = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            Matcher matcher = ROW.matcher(line);
            if (matcher.find()) {
                ranges.add(new Range(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                        matcher.group(3)));
            }
        }
        return ranges;
    }
}
