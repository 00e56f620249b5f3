package org.studytrip.programme;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.studytrip.common.crud.CrudService;
import org.studytrip.common.web.RouteOrder;

/**
 * Anonymous reads of a trip's itinerary or topics, answered by the HTTP layer, from memory, when the programme's
 * current version is built already and the trip is not a draft: after the per-client limits and before the REST
 * layer. Phones revalidate the itinerary all day long; here a 304 costs little more than the liveness check. All else
 * (a token to check, a draft, a version not built yet, a header to refuse, a failure) goes on to the REST endpoints
 * (TripProgrammeResource), which answer the same way and reuse the head read here.
 */
@ApplicationScoped
class PublicProgrammeRoute {

    private final ProgrammeRepresentations representations;

    PublicProgrammeRoute(ProgrammeRepresentations representations) {
        this.representations = representations;
    }

    void install(@Observes Router router) {
        router.getWithRegex("/api/v1/trips/([^/]+)/(itinerary|topics)").order(RouteOrder.FROM_MEMORY).handler(this::serve);
    }

    private void serve(RoutingContext http) {
        UUID trip = CrudService.parseId(http.pathParam("param0"));
        if (trip == null || http.request().headers().contains(HttpHeaders.AUTHORIZATION)) {
            http.next();
            return;
        }
        CompletableFuture<ProgrammeRepresentations.Current> current = representations.current(http.pathParam("param1"), trip);
        if (current.isDone()) {
            answer(http, current.exceptionally(failure -> null).join());
            return;
        }
        Context eventLoop = Vertx.currentContext();
        current.whenComplete((now, failure) -> eventLoop.runOnContext(ignored -> answer(http, now)));
    }

    private void answer(RoutingContext http, ProgrammeRepresentations.Current current) {
        if (current == null) {
            http.next();
            return;
        }
        http.put(ProgrammeRepresentations.HEAD_READ, current.version());
        if (current.representation() == null) {
            http.next();
            return;
        }
        try {
            current.representation().answer(http.request().getHeader(HttpHeaders.IF_NONE_MATCH),
                    http.request().getHeader(HttpHeaders.ACCEPT_ENCODING)).send(http.response());
        } catch (RuntimeException refused) {
            // An If-None-Match that is not a list of tags: the REST layer answers it with its problem.
            http.next();
        }
    }
}
