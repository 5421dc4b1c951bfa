package org.lightbus.benchmarks;

/** Where {@link Comparison} ran: what its figures depend on besides the code. */
record Machine(int cores, String jdk, String broker) {

    static Machine current(Broker broker) {
        return new Machine(Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name") + " " + Runtime.version(), broker.version());
    }

    String describe() {
        return cores + " cores, " + jdk + ", " + broker;
    }
}
