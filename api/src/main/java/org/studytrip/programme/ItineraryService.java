package org.studytrip.programme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.studytrip.common.access.Visibility;
import org.studytrip.participant.DelegationsView;
import org.studytrip.participant.Participant;
import org.studytrip.participant.ParticipantService;
import org.studytrip.programme.ItineraryView.Day;
import org.studytrip.programme.ItineraryView.DelegationCount;
import org.studytrip.programme.ItineraryView.TripHeader;
import org.studytrip.session.Session;
import org.studytrip.session.SessionView;
import org.studytrip.trip.Trip;

/**
 * Builds the itinerary of a trip with two more statements whatever the size of the programme: its sessions with
 * everything they embed (one query with join fetches), and its participants with their organisations. It is built
 * once per version of the programme (see {@link ProgrammeRepresentations}).
 */
@ApplicationScoped
public class ItineraryService {

    @Inject
    Visibility visibility;

    @Transactional(Transactional.TxType.SUPPORTS)
    public ItineraryView itinerary(Trip trip) {
        List<Session> sessions = Session.<Session>find("select s from Session s "
                + "left join fetch s.venue left join fetch s.host h left join fetch h.city "
                + "left join fetch s.experts e left join fetch e.organisation eo left join fetch eo.city "
                + "left join fetch s.topics where s.trip = ?1 order by s.startsAt, s.id", trip).list();
        List<Participant> participants = ParticipantService.ofTrip(trip);

        Map<LocalDate, List<SessionView>> byDay = new TreeMap<>();
        if (trip.startDate != null && trip.endDate != null) {
            trip.startDate.datesUntil(trip.endDate.plusDays(1)).forEach(day -> byDay.put(day, new ArrayList<>()));
        }
        for (Session session : sessions) {
            SessionView view = SessionView.of(session, visibility);
            byDay.computeIfAbsent(view.date(), day -> new ArrayList<>()).add(view);
        }

        List<DelegationCount> delegations = DelegationsView.of(trip.id, participants, visibility).delegations().stream()
                .map(delegation -> new DelegationCount(delegation.organisation(), delegation.participantCount()))
                .toList();
        return new ItineraryView(
                TripHeader.of(trip),
                byDay.entrySet().stream().map(day -> new Day(day.getKey(), day.getValue())).toList(),
                delegations, participants.size());
    }
}
