package org.lightbus.cdi.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.inject.Inject;

import org.jboss.weld.junit5.auto.AddBeanClasses;
import org.junit.jupiter.api.Test;
import org.lightbus.api.RemoteCallException;
import org.lightbus.cdi.testkit.LightbusComponentTest;
import org.lightbus.cdi.testkit.RecordingTransport;
import org.lightbus.spi.RpcReply;
import org.lightbus.spi.RpcRequest;
import org.lightbus.spi.Transport;

/**
 * An application that implements a {@code @BusApi} serves it; {@code @Inject @Bus} gives a client proxy whose calls
 * travel as JSON through the transport and come back as values or remote errors.
 */
@AddBeanClasses(AccountService.class)
@LightbusComponentTest(config = { "lightbus.api.accounts.rpc-timeout=2s", "lightbus.api.accounts.concurrency=3",
        "lightbus.api.accounts.max-message-size=2MiB" })
class RpcComponentTest {

    @Inject
    Teller teller;

    @Test
    void theImplementingBeanServesTheApiWithItsConfiguration() {
        teller.accounts(); // the application is up
        assertThat(RecordingTransport.current().served).singleElement().satisfies(spec -> {
            assertThat(spec.api()).isEqualTo("accounts");
            assertThat(spec.concurrency()).isEqualTo(3);
            assertThat(spec.prefetch()).isEqualTo(6);
            assertThat(spec.maxMessageSize()).isEqualTo(2 * 1024 * 1024);
        });
    }

    @Test
    void callsReturnTheServersResults() {
        Accounts accounts = teller.accounts();

        assertThat(accounts.checkPassword("ada", "secret")).isTrue();
        assertThat(accounts.checkPassword("ada", "wrong")).isFalse();
        assertThat(accounts.find(AccountService.ADA)).hasValueSatisfying(account -> {
            assertThat(account.owner()).isEqualTo("ada");
            assertThat(account.balance()).isEqualByComparingTo("12.50");
            assertThat(account.opened()).isEqualTo(LocalDate.of(2020, 1, 2));
            assertThat(account.photo()).containsExactly(1, 2, 3);
        });
        assertThat(accounts.find(UUID.randomUUID())).isEmpty();
        assertThat(accounts.byOwner("ada")).hasSize(1);
        assertThat(accounts.balance(AccountService.ADA)).succeedsWithin(Duration.ofSeconds(5))
                .isEqualTo(new BigDecimal("12.50"));
        assertThat(accounts.describe(AccountService.ADA)).as("default methods run locally, calling the API")
                .isEqualTo("ada");
    }

    @Test
    void requestsCarryTheProcedureNameTheTimeoutAndJsonArguments() {
        teller.accounts().checkPassword("ada", "secret");

        assertThat(RecordingTransport.current().calls).last().satisfies(request -> {
            assertThat(request.api()).isEqualTo("accounts");
            assertThat(request.procedure()).isEqualTo("check_password");
            assertThat(request.timeout()).isEqualTo(Duration.ofSeconds(2));
            assertThat(new String(request.body())).isEqualTo("[\"ada\",\"secret\"]");
        });
    }

    @Test
    void aServerExceptionReachesTheCallerAsARemoteCallException() {
        assertThatThrownBy(() -> teller.accounts().checkPassword("", "x"))
                .isInstanceOfSatisfying(RemoteCallException.class, e -> {
                    assertThat(e.code()).isEqualTo("LBUS02110");
                    assertThat(e.remoteCode()).isEqualTo("LBUS02101");
                    assertThat(e.remoteType()).isEqualTo(IllegalArgumentException.class.getName());
                    assertThat(e.remoteMessage()).isEqualTo("username must not be empty");
                    assertThat(e.procedure()).isEqualTo("check_password");
                });
        assertThat(teller.accounts().balance(UUID.randomUUID())).failsWithin(Duration.ofSeconds(5)).withThrowableThat()
                .havingCause().isInstanceOf(RemoteCallException.class).withMessageContaining("IllegalStateException");
    }

    @Test
    void theServerAnswersUnknownProceduresAndBadArgumentsWithErrors() {
        teller.accounts(); // the application is up
        RpcReply unknown;
        RpcReply invalid;
        // another application sends raw calls
        try (Transport caller = RecordingTransport.current().broker().connect("x")) {
            unknown = caller.call(rawCall("transfer", "[]")).toCompletableFuture().join();
            invalid = caller.call(rawCall("check_password", "[1]")).toCompletableFuture().join();
        }

        assertThat(unknown.error()).isTrue();
        assertThat(new String(unknown.body())).contains("LBUS02103").contains("transfer").contains("check_password");
        assertThat(invalid.error()).isTrue();
        assertThat(new String(invalid.body())).contains("LBUS02015").contains("accounts.check_password")
                .contains("$[0]: integer found, string expected");
    }

    private static RpcRequest rawCall(String procedure, String arguments) {
        return new RpcRequest("accounts", procedure, "x", arguments.getBytes(), Duration.ofSeconds(30));
    }

}
