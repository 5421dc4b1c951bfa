package org.lightbus.tck.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
     * Runs a full garbage collection, then counts the loaded copies of a class.
     *
     * @param className
     *            a class that only the application's own class loader loads
     *
     * @return how many class loaders have it loaded
     */
    public long loadedCopies(String className) {
        jcmd("GC.run");
        // every loaded class, once per defining loader: "|--org.acme.Foo/0x000000080012ab40"
        return Arrays.stream(jcmd("VM.class_hierarchy").split("\n"))
                .filter(line -> line.contains("--" + className + "/")).count();
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
