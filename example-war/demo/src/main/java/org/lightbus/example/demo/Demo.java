package org.lightbus.example.demo;

/**
 * Runs the example until Ctrl-C: the three applications on Open Liberty, the page on
 * {@code http://localhost:9090/signup/}.
 *
 * <pre>
 * ./mvnw -Pdemo -pl example-war/demo -am verify -DskipTests
 * </pre>
 */
public final class Demo {

    private Demo() {
    }

    /**
     * @param args
     *            none; the settings come from system properties ({@link DemoSettings#fromSystemProperties()})
     */
    public static void main(String[] args) throws InterruptedException {
        long started = System.nanoTime();
        DemoServer demo = DemoServer.start(DemoSettings.fromSystemProperties());
        Thread stop = new Thread(demo::close, "lightbus-demo-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        // Maven does not stop the JVM it started when it is killed itself: end with it
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(0)));
        System.out.printf(
                "%n>>> Open %s : the sign-up example on Open Liberty (started in %d s), with %s."
                        + " Ctrl-C stops it.%n%n",
                demo.page(), (System.nanoTime() - started) / 1_000_000_000, demo.broker());
        int exit = demo.awaitExit();
        System.out.println("The server has stopped (exit code " + exit + ")");
        try {
            Runtime.getRuntime().removeShutdownHook(stop);
        } catch (IllegalStateException e) {
            return; // Ctrl-C: the hook stops everything
        }
        demo.close();
    }
}
