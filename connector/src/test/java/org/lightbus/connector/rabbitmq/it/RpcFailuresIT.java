package org.lightbus.connector.rabbitmq.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;
import static org.lightbus.connector.rabbitmq.it.RpcIT.ECHO;
import static org.lightbus.connector.rabbitmq.it.RpcIT.text;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lightbus.api.LightbusException;
import org.lightbus.devbroker.junit.RequiresRabbitMQ;
import org.lightbus.spi.RpcReply;
import org.lightbus.spi.RpcRequest;
import org.lightbus.spi.RpcServerSpec;
import org.lightbus.spi.Transport;

class RpcFailuresIT {

    private final BrokerFixture broker = new BrokerFixture();

    @AfterEach
    void cleanUp() {
        broker.close();
    }

    private static LightbusException failure(CompletableFuture<RpcReply> call) {
        ExecutionException e = catchThrowableOfType(ExecutionException.class, () -> call.get(30, TimeUnit.SECONDS));
        assertThat(e).as("failed").isNotNull();
        assertThat(e.getCause()).isInstanceOf(LightbusException.class);
        return (LightbusException) e.getCause();
    }

    private static String codeOf(CompletableFuture<RpcReply> call) {
        return failure(call).code();
    }

    @Test
    void aClosedTransportFailsCallsAtOnceAndRefusesToServe() {
        Transport transport = broker.transport("accounts");
        transport.close();

        CompletableFuture<RpcReply> call = transport.call(broker.request("echo", "[]", Duration.ofMinutes(1)))
                .toCompletableFuture();
        LightbusException serve = catchThrowableOfType(LightbusException.class,
                () -> transport.serve(broker.server("accounts", 1, 1, Duration.ofSeconds(1)), ECHO));

        assertThat(call).isCompletedExceptionally();
        assertThat(codeOf(call)).isEqualTo("LBUS03203");
        assertThat(serve.code()).isEqualTo("LBUS03005");
    }

    @Test
    void closingTheTransportFailsTheCallsThatWaitAndDrainsItsServers() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Transport server = broker.transport("auth-service");
        server.serve(broker.server("auth-service", 1, 1, Duration.ofSeconds(10)), call -> {
            running.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ECHO.handle(call);
        });
        Transport caller = broker.transport("accounts");
        Transport otherCaller = broker.transport("billing");
        CompletableFuture<RpcReply> drained = otherCaller.call(broker.request("echo", "[1]", Duration.ofMinutes(1)))
                .toCompletableFuture();
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<RpcReply> abandoned = caller.call(broker.request("echo", "[2]", Duration.ofMinutes(1)))
                .toCompletableFuture();

        caller.close();
        assertThat(codeOf(abandoned)).isEqualTo("LBUS03204");

        CompletableFuture<Void> serverClosed = CompletableFuture.runAsync(server::close);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> !serverClosed.isDone());
        release.countDown();
        assertThat(serverClosed).succeedsWithin(Duration.ofSeconds(15));
        assertThat(text(drained.get(10, TimeUnit.SECONDS))).isEqualTo("[1]");
    }

    @Test
    @RequiresRabbitMQ("queue types")
    void aCallQueueOfAnotherTypeFailsServeAndCallClearlyAndTheCallerKeepsWorking() throws Exception {
        String queue = broker.callQueue();
        broker.withChannel(ch -> ch.queueDeclare(queue, true, false, false, Map.of("x-queue-type", "quorum")));
        Transport transport = broker.transport("accounts");

        LightbusException serve = catchThrowableOfType(LightbusException.class,
                () -> transport.serve(broker.server("accounts", 1, 1, Duration.ofSeconds(1)), ECHO));
        CompletableFuture<RpcReply> call = transport.call(broker.request("echo", "[]", Duration.ofSeconds(5)))
                .toCompletableFuture();

        assertThat(serve.code()).isEqualTo("LBUS03206");
        assertThat(serve.getMessage()).contains("auth", queue, "classic");
        assertThat(codeOf(call)).isEqualTo("LBUS03205");
        assertThat(failure(call).getMessage()).contains("auth.echo", queue, "inequivalent arg 'x-queue-type'");

        String billing = broker.callQueue("billing");
        broker.transport("billing-service")
                .serve(new RpcServerSpec("billing-service", "billing", 1, 1, Duration.ofSeconds(1)), ECHO);
        RpcReply reply = transport
                .call(new RpcRequest("billing", "echo", "accounts", "[3]".getBytes(UTF_8), Duration.ofSeconds(20)))
                .toCompletableFuture().get(20, TimeUnit.SECONDS);
        assertThat(text(reply)).as("a new channel for the calls, on " + billing).isEqualTo("[3]");
    }

    @Test
    @RequiresRabbitMQ("rabbitmqctl close_connection")
    void whileTheConnectionIsDownCallsFailAtOnceWaitingOnesFailWithTheLossAndCallsWorkAgainAfterRecovery()
            throws Exception {
        String callerService = broker.service("accounts");
        CountDownLatch release = new CountDownLatch(1);
        broker.transport("auth-service").serve(broker.server("auth-service", 2, 4, Duration.ofSeconds(5)), call -> {
            if (new String(call.body(), UTF_8).contains("hold")) {
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return ECHO.handle(call);
        });
        Transport caller = broker.transport(callerService,
                Map.of("lightbus.rabbitmq.network-recovery-interval", "10s"));
        assertThat(text(caller.call(broker.request("echo", "[0]", Duration.ofSeconds(20))).toCompletableFuture().get(20,
                TimeUnit.SECONDS))).isEqualTo("[0]");
        CompletableFuture<RpcReply> waiting = caller.call(broker.request("echo", "[\"hold\"]", Duration.ofSeconds(6)))
                .toCompletableFuture();

        broker.killConnections(callerService);

        // the caller stays disconnected for the recovery interval: long enough to see on a busy machine
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            CompletableFuture<RpcReply> down = caller.call(broker.request("echo", "[1]", Duration.ofSeconds(20)))
                    .toCompletableFuture();
            assertThat(down).as("failed at once").isCompletedExceptionally();
            assertThat(codeOf(down)).isEqualTo("LBUS03201");
        });
        // failed with the loss, not after its 6 s timeout: the reply address went with the connection
        await().atMost(Duration.ofSeconds(10)).until(waiting::isDone);
        assertThat(codeOf(waiting)).as("failed with the connection, not by its timeout").isEqualTo("LBUS03208");
        release.countDown();
        // calls fail at once until the connection is back, then work
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                .untilAsserted(() -> assertThat(text(caller.call(broker.request("echo", "[2]", Duration.ofSeconds(20)))
                        .toCompletableFuture().get(30, TimeUnit.SECONDS))).isEqualTo("[2]"));
    }
}
