package org.lightbus.tck.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

/**
 * RPC scenarios, on any runtime: {@code caller} is the {@code mailer} role, which calls the {@code auth} API that the
 * {@code signup} role serves, and the {@code reports} API that nobody serves.
 */
public final class RpcScenarios {

    private RpcScenarios() {
    }

    /** A synchronous and an asynchronous procedure return their results to the caller. */
    public static void resultsComeBack(URI caller) {
        assertThat(Http.get(caller, "call", "procedure", "check_password", "user", "ada", "password", "secret"))
                .isEqualTo("result true");
        assertThat(Http.get(caller, "call", "procedure", "check_password", "user", "ada", "password", "wrong"))
                .isEqualTo("result false");
        assertThat(Http.get(caller, "call", "procedure", "display_name", "user", "ada")).isEqualTo("result ADA");
    }

    /** A procedure that throws reaches the caller as a remote exception with a stable code and the remote type. */
    public static void aFailureComesBackAsARemoteException(URI caller) {
        assertThat(Http.get(caller, "call", "procedure", "check_password", "user", "locked", "password", "x"))
                .isEqualTo("remote LBUS02101 java.lang.IllegalStateException account locked: locked");
    }

    /** A call that no server answers fails with a timeout naming the API and procedure. */
    public static void aCallNobodyServesTimesOut(URI caller) {
        assertThat(Http.get(caller, "call", "procedure", "monthly")).isEqualTo("timeout reports.monthly");
    }
}
