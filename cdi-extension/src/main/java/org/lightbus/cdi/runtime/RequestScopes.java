package org.lightbus.cdi.runtime;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;

/**
 * Runs listener and procedure calls inside a request context, activated by the container's
 * {@link RequestContextController} unless one is already active. A controller is a dependent object: obtaining one per
 * call took about half of a listener's time on Weld, so controllers are reused, each by one call at a time, and
 * destroyed when the bus stops.
 */
final class RequestScopes implements AutoCloseable {

    /** A call of a listener or procedure method. */
    @FunctionalInterface
    interface Call<T> {
        T call() throws Exception;
    }

    private final Instance<RequestContextController> controllers;
    private final Queue<Instance.Handle<RequestContextController>> idle = new ConcurrentLinkedQueue<>();
    private volatile boolean closed;

    RequestScopes(Instance<RequestContextController> controllers) {
        this.controllers = controllers;
    }

    /** Makes the call inside a request context, and deactivates the context afterwards if it activated it. */
    <T> T call(Call<T> call) throws Exception {
        Instance.Handle<RequestContextController> handle = idle.poll();
        if (handle == null) {
            handle = controllers.getHandle();
        }
        try {
            RequestContextController controller = handle.get();
            boolean activated = controller.activate();
            try {
                return call.call();
            } finally {
                if (activated) {
                    controller.deactivate();
                }
            }
        } finally {
            release(handle);
        }
    }

    private void release(Instance.Handle<RequestContextController> handle) {
        idle.offer(handle);
        if (closed && idle.remove(handle)) { // closed meanwhile: no call will take it any more
            handle.destroy();
        }
    }

    /** Destroys the controllers; a call still running destroys its own when it returns. */
    @Override
    public void close() {
        closed = true;
        for (Instance.Handle<RequestContextController> handle; (handle = idle.poll()) != null;) {
            handle.destroy();
        }
    }
}
