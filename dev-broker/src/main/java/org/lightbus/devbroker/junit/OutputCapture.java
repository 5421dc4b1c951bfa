package org.lightbus.devbroker.junit;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Everything a test's code shows: what it prints to {@code System.out} and {@code System.err}, every
 * {@code java.util.logging} record of every logger at every level (where JBoss Logging and the RabbitMQ client's
 * logging end up) with its stack trace, and the exceptions and texts the test adds.
 */
public final class OutputCapture implements AutoCloseable {

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private final PrintStream originalOut = System.out;
    private final PrintStream originalErr = System.err;
    private final Logger root = Logger.getLogger("");
    private final Level originalLevel = root.getLevel();
    private final SimpleFormatter formatter = new SimpleFormatter();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            append(formatter.format(record)); // the message with its parameters and the stack trace
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private OutputCapture() {
        System.setOut(new PrintStream(new Tee(originalOut), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Tee(originalErr), true, StandardCharsets.UTF_8));
        handler.setLevel(Level.ALL);
        root.addHandler(handler);
        root.setLevel(Level.ALL);
    }

    public static OutputCapture start() {
        return new OutputCapture();
    }

    /** Adds an exception: its type, message and stack trace, with its causes and suppressed exceptions. */
    public void add(Throwable error) {
        if (error != null) {
            StringWriter trace = new StringWriter();
            error.printStackTrace(new PrintWriter(trace));
            append(trace.toString());
        }
    }

    /** Adds a text, such as a {@code toString()}. */
    public synchronized void append(String text) {
        captured.writeBytes((text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    public synchronized String text() {
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        root.removeHandler(handler);
        root.setLevel(originalLevel);
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    private final class Tee extends OutputStream {

        private final OutputStream original;

        Tee(OutputStream original) {
            this.original = original;
        }

        @Override
        public void write(int b) {
            synchronized (OutputCapture.this) {
                captured.write(b);
            }
            try {
                original.write(b);
            } catch (java.io.IOException e) {
                // the original stream is the console's
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            synchronized (OutputCapture.this) {
                captured.write(b, off, len);
            }
            try {
                original.write(b, off, len);
            } catch (java.io.IOException e) {
                // the original stream is the console's
            }
        }
    }
}
