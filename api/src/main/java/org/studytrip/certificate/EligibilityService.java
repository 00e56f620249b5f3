package org.studytrip.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.studytrip.attendance.Attendance;
import org.studytrip.attendance.AttendanceStatus;
import org.studytrip.common.changelog.ChangeLog;
import org.studytrip.common.web.ApiEnums;
import org.studytrip.common.web.Preconditions.IfMatch;
import org.studytrip.common.web.Tagged;
import org.studytrip.participant.Participant;
import org.studytrip.participant.ParticipantVisibility;
import org.studytrip.session.Session;
import org.studytrip.trip.Trip;
import org.studytrip.trip.TripAccess;

/** A trip's certificate rule, and where each delegate stands against it. */
@ApplicationScoped
public class EligibilityService {

    private final TripAccess trips;
    private final ParticipantVisibility participations;
    private final ChangeLog changeLog;

    EligibilityService(TripAccess trips, ParticipantVisibility participations, ChangeLog changeLog) {
        this.trips = trips;
        this.participations = participations;
        this.changeLog = changeLog;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CertificateRuleView rule(String tripId) {
        return CertificateRuleView.of(trips.programme(tripId));
    }

    /** Replaces the rule: a change of the trip, in its change feed. */
    @Transactional
    public CertificateRuleView replaceRule(String tripId, IfMatch ifMatch, CertificateRuleInput input) {
        Trip trip = trips.programme(tripId);
        ifMatch.check(trip.version);
        List<String> types = new ArrayList<>(input.sessionTypes().stream().map(ApiEnums::apiValue).sorted().toList());
        if (trip.certificateMinimumShare != input.minimumShare() || !types.equals(trip.certificateSessionTypes.stream().sorted().toList())) {
            trip.certificateMinimumShare = input.minimumShare();
            trip.certificateSessionTypes = types;
            changeLog.updated(trip);
        }
        return CertificateRuleView.of(trip);
    }

    /** One participation's standing: organisers any, a delegate their own. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Tagged<EligibilityView> eligibility(String participantId) {
        return Tagged.ofContent(eligibility(participations.actingFor(participantId)));
    }

    /** Where the participation stands: three statements. */
    static EligibilityView eligibility(Participant participant) {
        Map<UUID, AttendanceStatus> marks = new HashMap<>();
        Attendance.<Attendance>list("participant", participant)
                .forEach(mark -> marks.put(mark.session.id, mark.status));
        return Eligibility.of(participant.trip, sessions(participant.trip), participant, marks);
    }

    /** Every delegate's standing, for organisers: four statements, however many delegates and sessions. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Tagged<TripEligibilityView> tripEligibility(String tripId) {
        Trip trip = trips.programme(tripId);
        return Tagged.ofContent(new TripEligibilityView(trip.id, CertificateRuleView.of(trip),
                List.copyOf(standings(trip).values())));
    }

    /** Every delegate of the trip against its rule, by family name: three statements. */
    static Map<Participant, EligibilityView> standings(Trip trip) {
        List<Session> sessions = sessions(trip);
        Map<UUID, Map<UUID, AttendanceStatus>> marks = new HashMap<>();
        Attendance.<Attendance>list("session.trip", trip).forEach(mark -> marks
                .computeIfAbsent(mark.participant.id, participant -> new HashMap<>()).put(mark.session.id, mark.status));
        Map<Participant, EligibilityView> standings = new LinkedHashMap<>();
        Participant.delegatesOf(trip).forEach(delegate -> standings.put(delegate,
                Eligibility.of(trip, sessions, delegate, marks.getOrDefault(delegate.id, Map.of()))));
        return standings;
    }

    private static List<Session> sessions(Trip trip) {
        return Session.list("trip = ?1 order by startsAt, id", trip);
    }
}
