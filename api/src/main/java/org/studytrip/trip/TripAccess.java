package org.studytrip.trip;

import io.quarkus.hibernate.orm.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.studytrip.common.access.VisibilityRule;
import org.studytrip.common.crud.CrudService;
import org.studytrip.common.persistence.BinaryIds;
import org.studytrip.common.problem.ProblemException;
import org.studytrip.common.security.Caller;
import org.studytrip.common.web.AggregateTag;

/** Draft trips are invisible to everyone but organisers: unknown (404), not forbidden, to all others. */
@ApplicationScoped
public class TripAccess {

    private final Caller caller;

    TripAccess(Caller caller) {
        this.caller = caller;
    }

    /** The trip whose programme is asked for, or 404 when it is unknown or a draft the caller may not see. */
    public Trip programme(String tripId) {
        Trip trip = Trip.require(tripId);
        if (!maySee(trip)) {
            throw ProblemException.notFound("trip", tripId);
        }
        return trip;
    }

    /** The rule that hides drafts wherever they are met, read directly or referred to (an earlier edition). */
    @Produces
    @Singleton
    VisibilityRule<Trip> drafts() {
        return VisibilityRule.of(Trip.class, this::maySee);
    }

    /**
     * The version of everything a trip's programme shows, in one statement, or 404 when the caller may not know of
     * the trip: the change log's head. Every write advances it in its own transaction and the numbers commit in
     * order, so it changes with any row a programme shows (a venue, an expert's organisation, a participation), on
     * every replica as soon as the write has committed. It also changes with writes elsewhere: a needless 200 now
     * and then, never a stale 304.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long programmeVersion(String tripId) {
        UUID id = CrudService.parseId(tripId);
        Object[] row = (Object[]) Panache.getEntityManager().createNativeQuery("select t.status, s.last_seq "
                        + "from change_sequence s left join trip t on t.id = ?1 where s.id = 1")
                .setParameter(1, BinaryIds.bytes(id))
                .getSingleResult();
        if (id == null || row[0] == null || TripStatus.DRAFT.name().equals(row[0]) && !caller.isOrganiser()) {
            throw ProblemException.notFound("trip", tripId);
        }
        return ((Number) row[1]).longValue();
    }

    /** The ETag of one view of a trip's programme ({@code itinerary}, {@code topics}) at a version of the programme. */
    public static String programmeTag(String view, UUID tripId, long version) {
        return new AggregateTag().add(view + ":" + tripId + ":" + version).value();
    }

    public boolean maySee(Trip trip) {
        return trip.status != TripStatus.DRAFT || caller.isOrganiser();
    }

    /**
     * {@link #maySee} for work that goes on without blocking, off the request's thread: obtained while the request
     * runs, it asks who is calling (and checks their token) only when the trip is a draft.
     */
    public Function<TripStatus, CompletionStage<Boolean>> deferredRule() {
        Uni<Boolean> organiser = caller.isOrganiserWithoutBlocking();
        return status -> status == TripStatus.DRAFT ? organiser.subscribeAsCompletionStage()
                : CompletableFuture.completedFuture(true);
    }

    public boolean seesDrafts() {
        return caller.isOrganiser();
    }
}
