package org.studytrip.programme;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestResponse;
import org.studytrip.common.changelog.ChangeLogHead;
import org.studytrip.common.crud.CrudService;
import org.studytrip.common.problem.ProblemException;
import org.studytrip.common.security.Identities;
import org.studytrip.common.security.Roles;
import org.studytrip.common.text.Language;
import org.studytrip.common.web.Representation;
import org.studytrip.trip.Trip;
import org.studytrip.trip.TripAccess;
import org.studytrip.trip.TripStatus;

/**
 * The views of a trip's programme that everyone who may see the trip sees alike (the itinerary, the topics), each
 * built once per version of the programme, serialised and compressed once, and then served from memory on the event
 * loop: a read costs the change log's head (shared with the requests that arrive together) and nothing else, until
 * the next write anywhere makes the next read build again (four statements). Nothing personal is shown in them, so
 * they may be shared; who may see the trip is still decided per request.
 */
@ApplicationScoped
public class ProgrammeRepresentations {

    /** Builds see what an organiser sees (a draft's programme too); each request is then checked on its own. */
    private static final String BUILDER = "programme-representations";

    /** Where the HTTP layer leaves the head it read for a request it then hands to the REST layer. */
    static final String HEAD_READ = "studytrip.programme.head";

    private final ChangeLogHead head;
    private final TripAccess access;
    private final ObjectMapper json;
    private final CurrentVertxRequest request;
    private final AsyncCache<Key, Built> built;
    private final Executor builders = Infrastructure.getDefaultWorkerPool();

    ProgrammeRepresentations(ChangeLogHead head, TripAccess access, ObjectMapper json, CurrentVertxRequest request,
            ProgrammeCacheConfig config) {
        this.head = head;
        this.access = access;
        this.json = json;
        this.request = request;
        this.built = Caffeine.newBuilder()
                .maximumWeight(config.maxSize().asLongValue())
                .weigher((Key key, Built value) -> value.representation().size())
                .expireAfterAccess(config.idle())
                .buildAsync();
    }

    /**
     * The trip's {@code view} as of now: 304 when {@code If-None-Match} names it, 404 when the caller may not know
     * of the trip, otherwise the representation {@code build} makes of the trip (built at most once per version).
     */
    public CompletionStage<RestResponse<byte[]>> read(String view, String tripId, String ifNoneMatch,
            String acceptEncoding, Function<Trip, ?> build) {
        return answer(view, tripId, ifNoneMatch, acceptEncoding, (trip, tag) -> Representation.of(tag, json(build.apply(trip))));
    }

    /**
     * An export of the trip's programme in the language the request asks for, as {@link #read} answers a view:
     * {@code render} writes it (as {@code mediaType}) at most once per version of the programme and language.
     */
    public CompletionStage<RestResponse<byte[]>> export(String view, String mediaType, String tripId,
            ExportParameters request, BiFunction<Trip, Language, byte[]> render) {
        Language language = request.language();
        return answer(view + ":" + language.tag(), tripId, request.ifNoneMatch, request.acceptEncoding,
                (trip, tag) -> Representation.of(tag, mediaType, language.tag(), render.apply(trip, language)));
    }

    /** {@link #export} of a document that is written as JSON (of a media type of its own, such as JSON-LD). */
    public CompletionStage<RestResponse<byte[]>> exportJson(String view, String mediaType, String tripId,
            ExportParameters request, BiFunction<Trip, Language, ?> document) {
        return export(view, mediaType, tripId, request, (trip, language) -> json(document.apply(trip, language)));
    }

    private CompletionStage<RestResponse<byte[]>> answer(String view, String tripId, String ifNoneMatch,
            String acceptEncoding, BiFunction<Trip, String, Representation> build) {
        UUID trip = CrudService.parseId(tripId);
        if (trip == null) {
            throw ProblemException.notFound("trip", tripId);
        }
        Function<TripStatus, CompletionStage<Boolean>> maySee = access.deferredRule();
        // Away from the head's one reader at once, back on the request's event loop (or on a builder's thread).
        return headFor(request.getCurrent())
                .thenComposeAsync(version -> built.get(new Key(view, trip, version),
                        (key, executor) -> CompletableFuture.supplyAsync(() -> build(key, build), builders)), requestThread())
                .thenCompose(representation -> maySee.apply(representation.status()).thenApply(visible -> {
                    if (!visible) {
                        throw ProblemException.notFound("trip", tripId);
                    }
                    return representation.representation().answer(ifNoneMatch, acceptEncoding).response();
                }));
    }

    /**
     * For the HTTP layer (PublicProgrammeRoute): the programme's version now, with the view if it is built at that
     * version already and the trip is not a draft, so that anyone may be given it without asking who they are.
     */
    CompletableFuture<Current> current(String view, UUID trip) {
        return head.current().thenApply(version -> {
            CompletableFuture<Built> representation = built.getIfPresent(new Key(view, trip, version));
            Built ready = representation == null ? null : representation.getNow(null);
            return new Current(version, ready == null || ready.status() == TripStatus.DRAFT ? null : ready.representation());
        });
    }

    /** The head the HTTP layer read for this request before leaving it to the REST layer, or a new read. */
    private CompletionStage<Long> headFor(RoutingContext http) {
        Long read = http == null ? null : http.get(HEAD_READ);
        return read == null ? head.current() : CompletableFuture.completedFuture(read);
    }

    private static Executor requestThread() {
        Context context = Vertx.currentContext();
        return context == null ? Runnable::run : task -> context.runOnContext(ignored -> task.run());
    }

    private Built build(Key key, BiFunction<Trip, String, Representation> build) {
        return Identities.runAs(Identities.service(BUILDER, Roles.ORGANISER), () -> {
            Trip trip = Trip.require(key.trip().toString());
            return new Built(trip.status, build.apply(trip, TripAccess.programmeTag(key.view(), key.trip(), key.version())));
        });
    }

    private byte[] json(Object view) {
        try {
            return json.writeValueAsBytes(view);
        } catch (JsonProcessingException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    private record Key(String view, UUID trip, long version) {
    }

    private record Built(TripStatus status, Representation representation) {
    }

    /** The version of the programme, and the view built at it for everyone, or null. */
    record Current(long version, Representation representation) {
    }
}
