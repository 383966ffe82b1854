package com.fashionos.worker.server;

import io.grpc.InsecureServerCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.temporal.internal.testservice.GRPCServerHelper;
import io.temporal.internal.testservice.InProcessGRPCServer;
import io.temporal.internal.testservice.TestServicesStarter;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Temporal's in-memory dev server (the Java SDK's test server, with time skipping locked so it runs in real time),
 * listening on {@code 127.0.0.1} only.
 *
 * <p>It is what {@code TestServer.createPortBoundServer(port, true)} builds, except for the bind address: that
 * method listens on all interfaces, and an unauthenticated Temporal frontend must not be reachable from the network.
 * Everything lives in memory: a restart loses workflows and timers, there is no visibility API
 * ({@code ListWorkflowExecutions}) and no Schedules API.
 *
 * <p>The same services are also served in process ({@link #inProcessChannel()}): the app's own client and worker call
 * them without a socket, HTTP/2 framing or protobuf serialisation (the in-process transport hands the message objects
 * over), which was a quarter of the app's CPU time with drafts in flight. The port stays for the Temporal CLI, a Web
 * UI or a worker in another process.
 */
public final class EmbeddedTemporalServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedTemporalServer.class);

    private final TestServicesStarter services;
    private final Server server;
    private final InProcessGRPCServer inProcess;

    private EmbeddedTemporalServer(TestServicesStarter services, Server server, InProcessGRPCServer inProcess) {
        this.services = services;
        this.server = server;
        this.inProcess = inProcess;
    }

    /**
     * Starts the server on {@code 127.0.0.1:port}.
     *
     * @param port the port, or 0 for any free port (see {@link #port()})
     * @throws EmbeddedTemporalPortInUseException when the port is taken
     */
    public static EmbeddedTemporalServer start(int port) {
        // true = time skipping locked: timers fire in real time, like a real Temporal server.
        TestServicesStarter services = new TestServicesStarter(true, 0);
        InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
        NettyServerBuilder builder = NettyServerBuilder.forAddress(address, InsecureServerCredentials.create());
        GRPCServerHelper.registerServicesAndHealthChecks(services.getServices(), builder);
        try {
            Server server = builder.build().start();
            EmbeddedTemporalServer started =
                    new EmbeddedTemporalServer(services, server, new InProcessGRPCServer(services.getServices()));
            log.info(
                    "Embedded Temporal dev server listening on {} (in memory: workflows are lost on restart)",
                    started.target());
            return started;
        } catch (IOException e) {
            services.close();
            if (portInUse(e)) {
                throw new EmbeddedTemporalPortInUseException(port, e);
            }
            throw new IllegalStateException("Cannot start the embedded Temporal server on " + address, e);
        }
    }

    /** The port the server listens on (the chosen one when started with port 0). */
    public int port() {
        return ((InetSocketAddress) server.getListenSockets().getFirst()).getPort();
    }

    /** A channel to the same server inside this JVM, for this app's own client and worker; closed by {@link #close()}. */
    public ManagedChannel inProcessChannel() {
        return inProcess.getChannel();
    }

    /** The host:port clients connect to. */
    public String target() {
        return InetAddress.getLoopbackAddress().getHostAddress() + ":" + port();
    }

    /** Stops accepting calls, waits briefly for running calls, then drops all in-memory state. */
    @Override
    public void close() {
        log.info("Stopping the embedded Temporal dev server on {}", target());
        server.shutdown();
        inProcess.shutdown();
        try {
            if (!server.awaitTermination(5, TimeUnit.SECONDS) || !inProcess.awaitTermination(1, TimeUnit.SECONDS)) {
                log.warn("Embedded Temporal server did not stop within 5s; forcing it");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            services.close();
            server.shutdownNow();
            inProcess.shutdownNow();
        }
    }

    /** JDK sockets throw {@link BindException}; Netty's native (epoll) transport an IOException with EADDRINUSE. */
    private static boolean portInUse(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof BindException
                    || (t.getMessage() != null && t.getMessage().contains("Address already in use"))) {
                return true;
            }
        }
        return false;
    }
}
