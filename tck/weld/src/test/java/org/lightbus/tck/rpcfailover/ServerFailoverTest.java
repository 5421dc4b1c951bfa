package org.lightbus.tck.rpcfailover;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lightbus.tck.contract.AuthApi;
import org.lightbus.tck.rpc.AuthService;
import org.lightbus.tck.rpc.Caller;
import org.lightbus.tck.support.Broker;
import org.lightbus.testing.BusApplication;

/**
 * Two instances of a server share the calls; one of them stops in the middle of a stream of calls: it finishes what it
 * runs, the other serves the rest, and every call returns its own result.
 */
class ServerFailoverTest {

    private static final int CALLS = 600;

    private final Broker broker = new Broker();
    private final List<BusApplication> applications = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        applications.forEach(BusApplication::close);
        broker.close();
    }

    @Test
    void twoServersShareTheCallsAndOneStoppingLosesNone() {
        broker.rpcQueue("auth");
        BusApplication first = start("auth", AuthService.class, "4");
        BusApplication second = start("auth", AuthService.class, "4");
        AuthApi auth = start("web", Caller.class, "4").bean(Caller.class).auth();
        String firstInstance = first.bean(AuthService.class).instance();
        String secondInstance = second.bean(AuthService.class).instance();
        List<String> firstExecutions = first.bean(AuthService.class).executions();
        List<String> secondExecutions = second.bean(AuthService.class).executions();

        ExecutorService threads = Executors.newFixedThreadPool(8);
        AtomicInteger done = new AtomicInteger();
        List<CompletableFuture<AuthApi.Work>> calls = new ArrayList<>();
        try {
            for (int i = 0; i < CALLS; i++) {
                String payload = "call-" + i;
                calls.add(CompletableFuture.supplyAsync(() -> {
                    AuthApi.Work work = auth.work(payload, 5);
                    done.incrementAndGet();
                    return work;
                }, threads));
            }
            org.awaitility.Awaitility.await().until(() -> done.get() >= CALLS / 3);
            first.close();

            for (int i = 0; i < CALLS; i++) {
                assertThat(calls.get(i).join().payload()).isEqualTo("call-" + i);
            }
        } finally {
            threads.shutdownNow();
        }
        List<String> servedBy = calls.stream().map(c -> c.join().server()).toList();
        assertThat(servedBy).contains(firstInstance, secondInstance).containsOnly(firstInstance, secondInstance);
        assertThat(servedBy.subList(CALLS - 50, CALLS)).as("the last calls, after the first server stopped")
                .containsOnly(secondInstance);
        assertThat(firstExecutions.size() + secondExecutions.size())
                .as("the stopping server finished what it ran: no call ran twice").isEqualTo(CALLS);
    }

    private BusApplication start(String service, Class<?> bean, String concurrency) {
        BusApplication application = BusApplication.named(service).in(broker.namespace()).with(bean)
                .config("lightbus.api.auth.concurrency", concurrency).start();
        applications.add(application);
        return application;
    }
}
