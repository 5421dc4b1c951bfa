package org.lightbus.faults.apps;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A file that an application appends one line to per thing it saw, flushed to the operating system line by line, so
 * that what it wrote survives the process being killed and can be read while it runs.
 */
public final class Journal implements AutoCloseable {

    private final BufferedWriter writer;

    private Journal(BufferedWriter writer) {
        this.writer = writer;
    }

    /** Creates (or empties) the file. */
    public static Journal open(Path file) {
        try {
            return new Journal(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Appends a line and flushes it. */
    public synchronized void append(String line) {
        try {
            writer.write(line);
            writer.write('\n');
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @return the complete lines of a journal (a line still being written is left out); none if it does not exist
     */
    public static List<String> lines(Path file) {
        try {
            if (!Files.exists(file)) {
                return List.of();
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int end = text.lastIndexOf('\n');
            return end < 0 ? List.of() : text.substring(0, end).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
