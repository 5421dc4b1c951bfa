package org.lightbus.tck.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The JVM of the server the runner started, looked at from outside with {@code jcmd}: how many copies of an application
 * class are still loaded (one per live class loader of that application), and which threads run. The server is the only
 * running JVM whose command line contains the value of the system property {@value #MARKER}.
 */
public final class ServerProcess {

    /** System property: a string that only the server's command line contains, such as its installation folder. */
    public static final String MARKER = "lightbus.tck.server-marker";

    private final long pid;

    private ServerProcess(long pid) {
        this.pid = pid;
    }

    /**
     * @return the server process
     *
     * @throws IllegalStateException
     *             if none or several match
     */
    public static ServerProcess find() {
        String marker = System.getProperty(MARKER);
        if (marker == null) {
            throw new IllegalStateException("Set the system property " + MARKER);
        }
        List<ProcessHandle> servers = ProcessHandle
                .allProcesses().filter(process -> process.pid() != ProcessHandle.current().pid() && process.info()
                        .commandLine().map(line -> line.contains(marker) && line.contains("java")).orElse(false))
                .toList();
        if (servers.size() != 1) {
            throw new IllegalStateException("Expected one JVM whose command line contains " + marker + ", found "
                    + servers.stream().map(p -> p.pid() + " " + p.info().commandLine().orElse("")).toList());
        }
        return new ServerProcess(servers.get(0).pid());
    }

    /** @return the process id */
    public long pid() {
        return pid;
    }

    /**
     * Collects garbage, then lists the class loaders that have a class loaded.
     *
     * @param className
     *            a class that only the application's own class loader loads
     *
     * @return the descriptions of those class loaders, one per live loader
     */
    public List<String> loadersOf(String className) {
        // a histogram of live objects collects garbage first, also where System.gc() is disabled (GC.run is not)
        jcmd("GC.class_histogram");
        List<String> loaders = new ArrayList<>();
        String loader = null;
        for (String line : jcmd("VM.classloaders", "show-classes=true", "fold=false").split("\n")) {
            if (line.contains("+-- ")) {
                loader = line.trim();
            } else if (line.endsWith(" " + className)) { // "| Classes: org.acme.Foo" or "| org.acme.Foo"
                loaders.add(loader);
            }
        }
        return loaders;
    }

    /**
     * Writes a heap dump of the live objects, to find what holds a leaked class loader.
     *
     * @param file
     *            where to write it
     */
    public void heapDump(Path file) {
        jcmd("GC.heap_dump", file.toAbsolutePath().toString());
    }

    /**
     * @param pattern
     *            a regular expression
     *
     * @return the lines of the server's class histogram (live objects) that contain a match, for diagnostics
     */
    public List<String> liveObjects(String pattern) {
        java.util.regex.Pattern regex = java.util.regex.Pattern.compile(pattern);
        return Arrays.stream(jcmd("GC.class_histogram").split("\n")).filter(line -> regex.matcher(line).find())
                .toList();
    }

    /**
     * @param prefix
     *            a thread name prefix, e.g. {@code lightbus-}
     *
     * @return the names of the server's threads that start with it
     */
    public List<String> threads(String prefix) {
        return Arrays.stream(jcmd("Thread.print").split("\n")).filter(line -> line.startsWith("\"" + prefix))
                .map(line -> line.substring(1, line.indexOf('"', 1))).toList();
    }

    private String jcmd(String... command) {
        Path java = Path.of(ProcessHandle.current().info().command().orElseThrow());
        String[] arguments = new String[command.length + 2];
        arguments[0] = java.resolveSibling("jcmd").toString();
        arguments[1] = Long.toString(pid);
        System.arraycopy(command, 0, arguments, 2, command.length);
        try {
            Process process = new ProcessBuilder(arguments).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", arguments) + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("jcmd must be in the JDK's bin folder", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
