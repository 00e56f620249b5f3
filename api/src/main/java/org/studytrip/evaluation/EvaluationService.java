package org.studytrip.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.studytrip.common.crud.CrudService;
import org.studytrip.common.persistence.BinaryIds;
import org.studytrip.common.persistence.RowLocks;
import org.studytrip.common.problem.ProblemException;
import org.studytrip.common.problem.ProblemType;
import org.studytrip.common.security.Caller;
import org.studytrip.common.web.CsvFile;
import org.studytrip.common.web.Tagged;
import org.studytrip.participant.DelegationRole;
import org.studytrip.participant.Participant;
import org.studytrip.participant.ParticipantVisibility;
import org.studytrip.session.Session;
import org.studytrip.session.SessionStatus;
import org.studytrip.trip.Trip;
import org.studytrip.trip.TripAccess;

/**
 * Delegates' evaluations: each delegate rates a session once it has started, and the whole trip from its last day,
 * 1 to 5 with a comment in their language; sending again replaces their evaluation. Organisers read the summaries
 * with the comments (their authors only where signed) and export them; partners read the numbers only.
 */
@ApplicationScoped
public class EvaluationService {

    private final TripAccess trips;
    private final ParticipantVisibility participations;
    private final Caller caller;

    EvaluationService(TripAccess trips, ParticipantVisibility participations, Caller caller) {
        this.trips = trips;
        this.participations = participations;
        this.caller = caller;
    }

    @Transactional
    public EvaluationView evaluateSession(String sessionId, EvaluationInput input) {
        UUID id = CrudService.parseId(sessionId);
        Participant delegate = ownDelegation("select p.id from participant p join trip_session s on s.trip_id = p.trip_id "
                + "where s.id = ?1 and p.person_id = ?2", id);
        Session session = participations.peopleOfSession(sessionId);
        requireDelegate(delegate);
        if (session.status == SessionStatus.CANCELLED) {
            throw new ProblemException(ProblemType.SESSION_CANCELLED, "The session is cancelled: there is nothing to evaluate.");
        }
        if (Instant.now().isBefore(session.startsAt)) {
            throw new ProblemException(ProblemType.EVALUATION_NOT_OPEN, "The session can be evaluated once it starts, at "
                    + session.startsAt.atZone(session.trip.zone()).toOffsetDateTime() + ".");
        }
        return EvaluationView.of(save(delegate, session, session.id, input));
    }

    @Transactional
    public EvaluationView evaluateTrip(String tripId, EvaluationInput input) {
        UUID id = CrudService.parseId(tripId);
        Participant delegate = ownDelegation("select p.id from participant p where p.trip_id = ?1 and p.person_id = ?2", id);
        Trip trip = participations.peopleOf(tripId);
        requireDelegate(delegate);
        ZoneId zone = trip.zone();
        if (trip.endDate == null || Instant.now().isBefore(trip.endDate.atStartOfDay(zone).toInstant())) {
            throw new ProblemException(ProblemType.EVALUATION_NOT_OPEN, "The trip can be evaluated from its last day"
                    + (trip.endDate == null ? ", once it has one." : ", " + trip.endDate + " in " + zone + "."));
        }
        return EvaluationView.of(save(delegate, null, trip.id, input));
    }

    /** A participation's own evaluations: the delegate's, or an organiser's view of them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Tagged<OwnEvaluationsView> own(String participantId) {
        Participant participant = participations.actingFor(participantId);
        List<EvaluationView> items = Evaluation.<Evaluation>list("from Evaluation e left join fetch e.session "
                + "where e.participant = ?1 order by e.createdAt, e.id", participant).stream().map(EvaluationView::of).toList();
        return Tagged.ofContent(new OwnEvaluationsView(items));
    }

    /** A trip's evaluations summed up: three statements, however many sessions and evaluations. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Tagged<EvaluationReport> report(String tripId) {
        Trip trip = trips.programme(tripId);
        boolean withComments = caller.isOrganiser();
        Map<UUID, List<Evaluation>> bySubject = evaluationsOf(trip).stream()
                .collect(Collectors.groupingBy(evaluation -> evaluation.subjectId));
        ZoneId zone = trip.zone();
        List<EvaluationReport.SessionEvaluations> sessions = new ArrayList<>();
        for (Session session : Session.<Session>list("trip = ?1 and status <> ?2 order by startsAt, id", trip,
                SessionStatus.CANCELLED)) {
            sessions.add(new EvaluationReport.SessionEvaluations(session.id, session.title,
                    session.startsAt.atZone(zone).toOffsetDateTime(),
                    EvaluationSummary.of(bySubject.getOrDefault(session.id, List.of()), withComments)));
        }
        return Tagged.ofContent(new EvaluationReport(trip.id,
                EvaluationSummary.of(bySubject.getOrDefault(trip.id, List.of()), withComments), sessions));
    }

    /**
     * Every evaluation of the trip as a spreadsheet, for organisers: what was evaluated, the rating, the comment and
     * its language, the author where signed.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] export(String tripId) {
        Trip trip = trips.programme(tripId);
        ZoneId zone = trip.zone();
        List<List<String>> rows = evaluationsOf(trip).stream().map(evaluation -> List.of(
                evaluation.session == null ? "trip" : "session",
                evaluation.session == null ? trip.title.en() : evaluation.session.title.en(),
                evaluation.session == null ? "" : evaluation.session.startsAt.atZone(zone).toOffsetDateTime().toString(),
                Integer.toString(evaluation.rating),
                evaluation.comment == null ? "" : evaluation.comment,
                evaluation.commentLanguage == null ? "" : evaluation.commentLanguage,
                evaluation.signed ? evaluation.participant.person.givenName + " " + evaluation.participant.person.familyName : ""))
                .toList();
        return CsvFile.write(List.of("subject", "title", "startsAt", "rating", "comment", "language", "signedBy"), rows);
    }

    private static List<Evaluation> evaluationsOf(Trip trip) {
        return Evaluation.list("from Evaluation e join fetch e.participant p join fetch p.person left join fetch e.session "
                + "where p.trip = ?1 order by e.createdAt, e.id", trip);
    }

    /**
     * The caller's participation in the trip the path names, its row locked first ({@link RowLocks}) so that a
     * second tap waits and then replaces the first evaluation instead of colliding with it; null if none.
     */
    private Participant ownDelegation(String query, UUID subject) {
        UUID person = caller.personId().orElse(null);
        if (subject == null || person == null) {
            return null;
        }
        List<?> ids = RowLocks.lock(query + " for update", subject, person);
        return ids.isEmpty() ? null : Participant.findById(BinaryIds.uuid((byte[]) ids.get(0)));
    }

    private static void requireDelegate(Participant participant) {
        if (participant == null || !DelegationRole.DELEGATES.contains(participant.role)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the trip's delegates evaluate its programme.");
        }
    }

    private static Evaluation save(Participant delegate, Session session, UUID subject, EvaluationInput input) {
        Evaluation evaluation = Evaluation.<Evaluation>find("participant = ?1 and subjectId = ?2", delegate, subject)
                .firstResult();
        if (evaluation == null) {
            evaluation = new Evaluation();
            evaluation.participant = delegate;
            evaluation.session = session;
            evaluation.subjectId = subject;
        }
        evaluation.rating = input.rating();
        evaluation.comment = input.comment() == null || input.comment().isBlank() ? null : input.comment().strip();
        evaluation.commentLanguage = evaluation.comment == null ? null : input.language();
        evaluation.signed = Boolean.TRUE.equals(input.signed());
        if (!evaluation.isPersistent()) {
            evaluation.persist();
        }
        evaluation.flush();
        return evaluation;
    }
}
