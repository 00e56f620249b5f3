package org.studytrip.trip;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.studytrip.common.crud.CatalogueService;
import org.studytrip.common.problem.ProblemException;
import org.studytrip.common.web.Criteria;

@ApplicationScoped
public class TripService extends CatalogueService<Trip, TripInput, TripView> {

    @Inject
    TripAccess access;

    /** Longer "trips" are mistakes, and the itinerary lists every day. */
    static final int MAX_DAYS = 366;

    @Override
    protected void checkRules(TripInput input, Trip existing) {
        if (input.endDate() != null && input.startDate() == null) {
            throw ProblemException.invalidField("startDate", "required", "is required when endDate is given");
        }
        if (input.endDate() != null && input.endDate().isBefore(input.startDate())) {
            throw ProblemException.invalidField("endDate", "before-start", "must not be before startDate");
        }
        if (input.startDate() != null && input.endDate() != null
                && ChronoUnit.DAYS.between(input.startDate(), input.endDate()) >= MAX_DAYS) {
            throw ProblemException.invalidField("endDate", "too-long", "a trip lasts at most " + MAX_DAYS + " days");
        }
        if (existing != null && input.timeZone() == null && existing.timeZone != null && hasSessions(existing)) {
            throw ProblemException.invalidField("timeZone", "in-use", "cannot be removed while the trip has sessions");
        }
        if (existing != null && input.previousEditionId() != null) {
            // Walk back from the chosen previous edition: meeting this trip again would close a loop.
            Set<UUID> seen = new LinkedHashSet<>();
            for (Trip trip = Trip.findById(input.previousEditionId()); trip != null; trip = trip.previousEdition) {
                if (trip.id.equals(existing.id) || !seen.add(trip.id)) {
                    throw ProblemException.invalidField("previousEditionId", "cycle",
                            "would make the trip an earlier edition of itself");
                }
            }
        }
    }

    /** Sessions refer to trips, not the other way round: asked by entity name to keep the dependency one-way. */
    private static boolean hasSessions(Trip trip) {
        return Panache.getEntityManager().createQuery("select count(s) from Session s where s.trip = :trip", Long.class)
                .setParameter("trip", trip).getSingleResult() > 0;
    }

    @Override
    protected TripView toView(Trip trip) {
        return TripView.of(trip, visibility);
    }

    /** Drafts stay out of lists for those who may not see them. */
    @Override
    protected Criteria narrowToVisible(Criteria criteria) {
        return criteria.where("status <> :value", access.seesDrafts() ? null : TripStatus.DRAFT);
    }
}
