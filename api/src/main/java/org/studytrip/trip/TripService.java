package org.studytrip.trip;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.studytrip.common.crud.CrudService;
import org.studytrip.common.crud.Listing;
import org.studytrip.common.problem.ProblemException;
import org.studytrip.common.web.Criteria;
import org.studytrip.common.web.Page;
import org.studytrip.common.web.Sorting;

@ApplicationScoped
public class TripService extends CrudService<Trip, TripInput, TripView> implements Listing<TripFilter, TripView> {

    @Inject
    TripAccess access;

    private static final Sorting SORTING = Sorting.by("-startDate,code",
            "code", "title:title.en", "startDate", "status", "createdAt", "updatedAt");

    /** Longer "trips" are mistakes, and the itinerary lists every day. */
    static final int MAX_DAYS = 366;

    @Override
    public Page<TripView> list(TripFilter filter) {
        Integer year = filter.year();
        Criteria criteria = new Criteria()
                .where("startDate >= :value", year == null ? null : LocalDate.of(year, 1, 1))
                .where("startDate <= :value", year == null ? null : LocalDate.of(year, 12, 31))
                .equal("status", filter.status())
                .where("status <> :value", access.seesDrafts() ? null : TripStatus.DRAFT)
                .where("id in (select t.id from Trip t join t.topics topic where topic.code = :value)", filter.topic)
                .where("id in (select t.id from Trip t join t.sendingOrganisations o where o.city.code = :value)",
                        filter.city)
                .where("(organiser.id = :value or id in (select t.id from Trip t join t.sendingOrganisations o "
                        + "where o.id = :value))", filter.organisation())
                .contains(filter.text(), "code", "title.en", "title.zh", "title.ko");
        return page(criteria, SORTING, filter);
    }

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
}
