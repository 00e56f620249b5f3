package org.studytrip.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import org.studytrip.common.crud.CrudService;
import org.studytrip.common.crud.TripRecords;
import org.studytrip.common.crud.References;
import org.studytrip.common.problem.ProblemException;
import org.studytrip.common.web.Criteria;
import org.studytrip.common.web.Page;
import org.studytrip.common.web.Sorting;
import org.studytrip.organisation.Organisation;
import org.studytrip.session.expert.Expert;
import org.studytrip.session.venue.Venue;
import org.studytrip.topic.Topic;
import org.studytrip.trip.Trip;
import org.studytrip.trip.TripAccess;

@ApplicationScoped
public class SessionService extends CrudService<Session, SessionInput, SessionView>
        implements TripRecords<SessionInput, SessionView, SessionFilter> {

    @Inject
    TripAccess access;

    private static final Sorting SORTING = Sorting.by("startsAt",
            "startsAt", "title:title.en", "type", "status", "updatedAt");

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SessionView> list(String tripId, SessionFilter filter) {
        Trip trip = access.programme(tripId);
        ZoneId zone = trip.zone();
        LocalDate day = filter.date();
        Criteria criteria = new Criteria()
                .equal("trip", trip)
                .where("startsAt >= :value", day == null ? null : day.atStartOfDay(zone).toInstant())
                .where("startsAt < :value", day == null ? null : day.plusDays(1).atStartOfDay(zone).toInstant())
                .where("id in (select s.id from Session s join s.topics topic where topic.code = :value)", filter.topic)
                .where("id in (select s.id from Session s join s.experts expert where expert.id = :value)", filter.expert())
                .equal("venue.id", filter.venue())
                .equal("status", filter.status())
                .contains(filter.text(), "title.en", "title.zh", "title.ko");
        return page(criteria, SORTING, filter);
    }

    @Override
    @Transactional
    public SessionView create(String tripId, SessionInput input) {
        Trip trip = Trip.require(tripId);
        return create(input, session -> session.trip = trip);
    }

    @Override
    protected void apply(SessionInput input, Session session) {
        checkTimes(input, session.trip);
        if (input.status() != SessionStatus.SCHEDULED && input.statusReason() == null) {
            throw ProblemException.invalidField("statusReason", "required",
                    "is required when a session is changed or cancelled, so delegates know why");
        }
        session.title = input.title();
        session.description = input.description();
        session.type = input.type();
        session.startsAt = input.startsAt().toInstant();
        session.endsAt = input.endsAt().toInstant();
        session.venue = References.reference(input.venueId(), Venue.class);
        session.host = References.reference(input.hostId(), Organisation.class);
        session.setExperts(references(Expert.class, input.expertIds()));
        session.setTopics(references(Topic.class, input.topicIds()));
        session.language = input.language();
        session.interpretation = input.interpretation();
        session.status = input.status();
        session.statusReason = input.statusReason();
        session.mandatory = Boolean.TRUE.equals(input.mandatory());
    }

    /** Ends after it starts, and lies within the trip's days as counted in the trip's own zone. */
    private static void checkTimes(SessionInput input, Trip trip) {
        if (trip.timeZone == null) {
            throw ProblemException.invalidField("startsAt", "trip-without-zone",
                    "cannot be placed: the trip has no time zone yet; set the trip's timeZone first");
        }
        if (!input.endsAt().isAfter(input.startsAt())) {
            throw ProblemException.invalidField("endsAt", "not-after-start", "must be after startsAt");
        }
        ZoneId zone = trip.zone();
        LocalDate firstDay = input.startsAt().atZoneSameInstant(zone).toLocalDate();
        LocalDate lastDay = input.endsAt().minusNanos(1).atZoneSameInstant(zone).toLocalDate();
        if (trip.startDate != null && firstDay.isBefore(trip.startDate)) {
            throw ProblemException.invalidField("startsAt", "outside-trip",
                    "is on " + firstDay + " in " + zone + ", before the trip starts on " + trip.startDate);
        }
        if (trip.endDate != null && lastDay.isAfter(trip.endDate)) {
            throw ProblemException.invalidField("endsAt", "outside-trip",
                    "is on " + lastDay + " in " + zone + ", after the trip ends on " + trip.endDate);
        }
    }

    @Override
    protected SessionInput toInput(Session session) {
        ZoneId zone = session.trip.zone();
        return new SessionInput(session.title, session.description, session.type,
                session.startsAt.atZone(zone).toOffsetDateTime(), session.endsAt.atZone(zone).toOffsetDateTime(),
                session.venue == null ? null : session.venue.id, session.host == null ? null : session.host.id,
                ids(session.experts), ids(session.topics), session.language, session.interpretation, session.status,
                session.statusReason, session.mandatory);
    }

    @Override
    protected SessionView toView(Session session) {
        return SessionView.of(session, visibility);
    }
}
