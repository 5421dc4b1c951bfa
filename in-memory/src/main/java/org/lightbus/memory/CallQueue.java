package org.lightbus.memory;

import static org.lightbus.memory.MemoryMessages.MESSAGES;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

import org.lightbus.api.LightbusConfig;
import org.lightbus.api.LightbusException;
import org.lightbus.spi.CallHandler;
import org.lightbus.spi.ErrorCodes;
import org.lightbus.spi.IncomingCall;
import org.lightbus.spi.RpcReply;
import org.lightbus.spi.RpcServerSpec;

/**
 * The call queue of one API: calls wait in it until a server has room (at most its concurrency runs at once); a call
 * whose caller stopped waiting is dropped unrun.
 */
final class CallQueue {

    private final String api;
    private final Deque<WaitingCall> waiting = new ArrayDeque<>();
    private final List<Server> servers = new ArrayList<>();
    private int next;

    /**
     * A call and where its reply goes.
     *
     * @param deadline
     *            {@link System#nanoTime()} after which no server runs it
     */
    record WaitingCall(IncomingCall call, CompletableFuture<RpcReply> reply, long deadline) {
    }

    private static final class Server {
        private final RpcServerSpec spec;
        private final CallHandler handler;
        private final Executor executor;
        private int running;

        Server(RpcServerSpec spec, CallHandler handler, Executor executor) {
            this.spec = spec;
            this.handler = handler;
            this.executor = executor;
        }
    }

    CallQueue(String api) {
        this.api = api;
    }

    void add(WaitingCall call) {
        synchronized (this) {
            waiting.add(call);
        }
        dispatch();
    }

    /**
     * @return a task that stops the server taking calls
     */
    Runnable serve(RpcServerSpec spec, CallHandler handler, Executor executor) {
        Server server = new Server(spec, handler, executor);
        synchronized (this) {
            servers.add(server);
        }
        dispatch();
        return () -> {
            synchronized (this) {
                servers.remove(server);
            }
        };
    }

    synchronized void forget(WaitingCall call) {
        waiting.remove(call);
    }

    synchronized void clear() {
        waiting.clear();
    }

    private void dispatch() {
        while (true) {
            WaitingCall call;
            Server server;
            synchronized (this) {
                call = waiting.peek();
                if (call == null) {
                    return;
                }
                if (call.reply().isDone() || System.nanoTime() - call.deadline() > 0) { // nobody waits for it
                    waiting.poll();
                    continue;
                }
                server = serverWithRoom();
                if (server == null) {
                    return;
                }
                waiting.poll();
                server.running++;
            }
            start(server, call);
        }
    }

    private Server serverWithRoom() {
        for (int i = 0; i < servers.size(); i++) {
            Server server = servers.get(next++ % servers.size());
            if (server.running < server.spec.concurrency()) {
                return server;
            }
        }
        return null;
    }

    private void start(Server server, WaitingCall call) {
        try {
            server.executor.execute(() -> run(server, call));
        } catch (RuntimeException e) { // the server's transport closed meanwhile: the call waits for another
            synchronized (this) {
                servers.remove(server);
                waiting.addFirst(call);
            }
            dispatch();
        }
    }

    private void run(Server server, WaitingCall waitingCall) {
        IncomingCall call = waitingCall.call();
        String name = api + "." + call.procedure();
        CompletionStage<RpcReply> reply;
        if (call.body().length > server.spec.maxMessageSize()) {
            String message = MESSAGES.callTooLarge(name, call.body().length, server.spec.maxMessageSize(),
                    LightbusConfig.forApi(api, LightbusConfig.RPC_MAX_MESSAGE_SIZE));
            reply = CompletableFuture.completedFuture(RpcReply.error(ErrorCodes.codeOf(message), null, message));
        } else {
            try {
                reply = server.handler.handle(call);
            } catch (RuntimeException | Error e) {
                reply = CompletableFuture.failedFuture(e);
            }
        }
        reply.whenComplete((result, failure) -> {
            waitingCall.reply().complete(failure == null ? result : errorReply(name, failure));
            synchronized (this) {
                server.running--;
            }
            dispatch();
        });
    }

    private static RpcReply errorReply(String call, Throwable failure) {
        Throwable error = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                : failure;
        String code = error instanceof LightbusException lightbus ? lightbus.code()
                : ErrorCodes.codeOf(MESSAGES.procedureFailed(call));
        return RpcReply.error(code, error.getClass().getName(), error.getMessage());
    }
}
