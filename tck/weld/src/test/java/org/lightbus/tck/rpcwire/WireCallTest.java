package org.lightbus.tck.rpcwire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lightbus.tck.rpc.AuthService;
import org.lightbus.tck.support.Broker;
import org.lightbus.testing.BusApplication;

/**
 * Calls from a plain AMQP client, as another language would make them (docs/protocol.md): valid calls are answered,
 * invalid arguments and unknown procedures get an error reply with a stable code, and the server keeps serving.
 */
class WireCallTest {

    private final Broker broker = new Broker();
    private BusApplication server;
    private String queue;

    @BeforeEach
    void start() {
        queue = broker.rpcQueue("auth");
        server = BusApplication.named("auth").in(broker.namespace()).with(AuthService.class).start();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        broker.close();
    }

    @Test
    void aPlainClientCallGetsTheJsonResult() {
        Broker.Reply reply = broker.call(queue, "auth", "check_password", "[\"ada\",\"secret\"]");

        assertThat(reply.status()).isEqualTo("ok");
        assertThat(reply.body()).isEqualTo("true");
    }

    @Test
    void invalidArgumentsGetAnErrorReplyAndAreNotExecuted() {
        Broker.Reply wrongCount = broker.call(queue, "auth", "check_password", "[\"ada\"]");
        Broker.Reply wrongType = broker.call(queue, "auth", "check_password", "[{\"a\":1},\"secret\"]");
        Broker.Reply notJson = broker.call(queue, "auth", "check_password", "ada, secret");

        assertThat(wrongCount.status()).isEqualTo("error");
        assertThat(wrongCount.body()).contains("\"code\":\"LBUS02015\"").contains("at least 2 items");
        assertThat(wrongType.body()).contains("\"code\":\"LBUS02015\"").contains("$[0]");
        assertThat(notJson.body()).contains("\"code\":\"LBUS02102\"");
        assertThat(server.bean(AuthService.class).executions()).isEmpty();
        assertThat(broker.call(queue, "auth", "check_password", "[\"ada\",\"secret\"]").body()).isEqualTo("true");
    }

    @Test
    void anUnknownProcedureGetsAnErrorReplyListingTheKnownOnes() {
        Broker.Reply reply = broker.call(queue, "auth", "delete_everything", "[]");

        assertThat(reply.status()).isEqualTo("error");
        assertThat(reply.body()).contains("\"code\":\"LBUS02103\"").contains("delete_everything")
                .contains("check_password");
    }
}
