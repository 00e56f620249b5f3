package org.studytrip.common.operations;

import io.netty.channel.Channel;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.impl.HttpServerImpl;
import io.vertx.core.impl.VertxInternal;
import io.vertx.core.net.impl.TCPServerBase;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.lang.reflect.Field;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.studytrip.common.problem.ProblemException;
import org.studytrip.common.problem.ProblemType;
import org.studytrip.common.problem.RouteProblems;
import org.studytrip.common.web.RouteOrder;

/**
 * Shutdown in the order load balancers need (SIGTERM, as Kubernetes sends it): readiness goes DOWN at once while
 * everything is still served (Quarkus's shutdown delay, quarkus.shutdown.delay), so that the balancers stop sending;
 * when the delay is over the service stops accepting connections and answers any further request on a connection
 * still open with 503 shutting-down (Connection: close), while the requests in flight finish
 * (quarkus.shutdown.timeout); then the process exits.
 */
@Singleton
public class GracefulShutdown {

    private static final Logger LOG = Logger.getLogger(GracefulShutdown.class);

    private final Vertx vertx;
    private final RouteProblems problems;
    private final Duration delay;
    private final int port;
    private volatile boolean stopping;
    private volatile boolean draining;

    GracefulShutdown(Vertx vertx, RouteProblems problems,
            @ConfigProperty(name = "quarkus.shutdown.delay", defaultValue = "0s") Duration delay,
            @ConfigProperty(name = "quarkus.http.port") int port) {
        this.vertx = vertx;
        this.problems = problems;
        this.delay = delay;
        this.port = port;
    }

    void install(@Observes Router router) {
        router.route().order(RouteOrder.SHUTDOWN_DRAIN).handler(this::refuseWhileDraining);
    }

    void delayBegins(@Observes ShutdownDelayInitiatedEvent event) {
        stopping = true;
        LOG.infof("Shutting down: readiness is DOWN; requests are served for %s more, then only those in flight", delay);
        vertx.setTimer(Math.max(1, delay.toMillis()), timer -> drain());
    }

    private void refuseWhileDraining(RoutingContext context) {
        if (!draining) {
            // Once stopping, every answer ends its connection, also one to a request that came before: a client must
            // not send its next request on a connection that is about to go.
            context.addHeadersEndHandler(headers -> {
                if (stopping) {
                    RouteProblems.closeAfterAnswer(context);
                }
            });
            context.next();
            return;
        }
        context.response().putHeader("Retry-After", "1");
        problems.refuse(context, new ProblemException(ProblemType.SHUTTING_DOWN,
                "This instance is shutting down; send the request again (another instance answers it)."), true);
    }

    private void drain() {
        draining = true;
        stopAccepting();
    }

    /**
     * Closes the listening socket of the service's port (plain HTTP: TLS ends at the ingress; the management port
     * goes with the process) and nothing else: the connections it accepted stay open
     * until their requests are answered. Vert.x has no public call for this (closing the server closes every
     * connection with it), so the bound channel is reached through its server; should that ever fail, new
     * connections are still accepted and answered 503 above.
     */
    private void stopAccepting() {
        try {
            Field bound = TCPServerBase.class.getDeclaredField("bindFuture");
            bound.setAccessible(true);
            // A copy: closing the channel removes the server from the shared map.
            for (HttpServerImpl server : List.copyOf(((VertxInternal) vertx).sharedHttpServers().values())) {
                if (server.actualPort() == port) {
                    @SuppressWarnings("unchecked")
                    Future<Channel> channel = (Future<Channel>) bound.get(server);
                    channel.result().close();
                    LOG.infof("Shutting down: no longer accepting connections on port %d", port);
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warnf("Shutting down: could not stop accepting connections (%s); new ones are answered 503", e);
        }
    }
}
