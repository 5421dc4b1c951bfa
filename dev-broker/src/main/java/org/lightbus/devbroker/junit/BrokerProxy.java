package org.lightbus.devbroker.junit;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback TCP proxy in front of the broker that can hold back what the broker sends ({@link #freeze()}), so that
 * publisher confirms do not arrive, can cut its connections ({@link #cut()}) and refuse new ones ({@link #down()}), so
 * that a test can make one transport lose the broker without disturbing anybody else.
 */
public final class BrokerProxy implements AutoCloseable {

    private final ServerSocket server;
    private final String host;
    private final int port;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final Object gate = new Object();
    private boolean frozen; // guarded by gate
    private volatile boolean down;

    /**
     * Listens on a free loopback port and passes each connection on to the broker.
     *
     * @param host
     *            the broker's host
     * @param port
     *            the broker's port
     */
    public BrokerProxy(String host, int port) throws IOException {
        this.host = host;
        this.port = port;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        daemon(this::accept, "broker-proxy-accept");
    }

    /** @return the port the proxy listens on: connect to it instead of the broker */
    public int port() {
        return server.getLocalPort();
    }

    /** Holds back everything the broker sends from now on, until {@link #thaw()}. */
    public void freeze() {
        synchronized (gate) {
            frozen = true;
        }
    }

    /** Passes on what was held back, and everything after. */
    public void thaw() {
        synchronized (gate) {
            frozen = false;
            gate.notifyAll();
        }
    }

    /** Cuts every proxied connection and refuses new ones until {@link #up()}, as a stopped broker would. */
    public void down() {
        down = true;
        cut();
    }

    /** Accepts connections again. */
    public void up() {
        down = false;
    }

    /** Closes every proxied connection, as a network cut would. */
    public void cut() {
        sockets.forEach(BrokerProxy::closeQuietly);
    }

    @Override
    public void close() {
        thaw();
        closeQuietly(server);
        cut();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (down) {
                    closeQuietly(client);
                    continue;
                }
                Socket broker = new Socket(host, port);
                sockets.add(client);
                sockets.add(broker);
                daemon(() -> pump(client, broker, false), "broker-proxy-up");
                daemon(() -> pump(broker, client, true), "broker-proxy-down");
            } catch (IOException e) {
                // closed
            }
        }
    }

    private void pump(Socket from, Socket to, boolean fromBroker) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int read; (read = in.read(buffer)) >= 0;) {
                if (fromBroker) {
                    awaitThawed();
                }
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // cut or closed
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private void awaitThawed() throws InterruptedException {
        synchronized (gate) {
            while (frozen) {
                gate.wait();
            }
        }
    }

    private static void daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Closeable socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
