package org.studytrip.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.studytrip.attendance.SessionAttendanceView.Counts;
import org.studytrip.attendance.SessionAttendanceView.DelegateMark;
import org.studytrip.common.crud.CrudService;
import org.studytrip.common.persistence.BinaryIds;
import org.studytrip.common.persistence.RowLocks;
import org.studytrip.common.problem.Problem.FieldError;
import org.studytrip.common.problem.ProblemException;
import org.studytrip.common.problem.ProblemType;
import org.studytrip.common.security.Caller;
import org.studytrip.common.web.AggregateTag;
import org.studytrip.common.web.Tagged;
import org.studytrip.participant.DelegationRole;
import org.studytrip.participant.Participant;
import org.studytrip.participant.ParticipantVisibility;
import org.studytrip.person.PublicProfile;
import org.studytrip.programme.AppConfig;
import org.studytrip.session.Session;
import org.studytrip.session.SessionStatus;

/**
 * Who attended which session. Organisers mark the delegates of a session from its list, on a phone that may be
 * offline (the marks then arrive later, together, and the latest mark per delegate wins by when it was made);
 * delegates check themselves in with the session's QR code while its check-in is open. Attendance is personal data
 * of the contact tier: organisers see every mark, a delegate their own, partners the counts; participants of other
 * trips know nothing of it.
 */
@ApplicationScoped
public class AttendanceService {

    /** Check-in opens this long before a session starts (delegates arrive early) and closes when it ends. */
    static final Duration CHECK_IN_OPENS = Duration.ofMinutes(30);
    /** A check-in later than this after the start is marked late. */
    static final Duration LATE_AFTER = Duration.ofMinutes(10);
    /** How far a phone's clock may run ahead of the server's. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private static final int CODE_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ParticipantVisibility participations;
    private final Caller caller;
    private final AppConfig app;

    AttendanceService(ParticipantVisibility participations, Caller caller, AppConfig app) {
        this.participations = participations;
        this.caller = caller;
        this.app = app;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Tagged<SessionAttendanceView> attendance(String sessionId) {
        return view(session(sessionId));
    }

    /** Records an organiser's marks, all or none, and answers the session's attendance as it then is. */
    @Transactional
    public SessionAttendanceView record(String sessionId, AttendanceMarksInput input) {
        lockMarksOf(sessionId);
        Session session = session(sessionId);
        refuseCancelled(session);
        Map<UUID, Participant> delegates = Participant.delegatesOf(session.trip).stream()
                .collect(Collectors.toMap(participant -> participant.id, Function.identity()));
        Instant now = Instant.now();
        List<FieldError> errors = new ArrayList<>();
        for (int index = 0; index < input.marks().size(); index++) {
            AttendanceMarksInput.Mark mark = input.marks().get(index);
            if (!delegates.containsKey(mark.participantId())) {
                errors.add(new FieldError("marks[" + index + "].participantId", "not-a-delegate",
                        "is not a delegate (head of delegation or member) of the session's trip"));
            }
            if (mark.markedAt() != null && mark.markedAt().toInstant().isAfter(now.plus(CLOCK_SKEW))) {
                errors.add(new FieldError("marks[" + index + "].markedAt", "in-the-future",
                        "is later than now; is the device's clock right?"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, errors.size() + " of the marks cannot be "
                    + "recorded; none was.", errors.subList(0, Math.min(errors.size(), 100)));
        }
        Map<UUID, Attendance> marks = marksByParticipant(session);
        for (AttendanceMarksInput.Mark mark : input.marks()) {
            // A phone's clock a little ahead of ours counts as now: a later check-in must still win over it.
            Instant markedAt = mark.markedAt() == null || mark.markedAt().toInstant().isAfter(now) ? now
                    : mark.markedAt().toInstant();
            Participant delegate = delegates.get(mark.participantId());
            marks.put(delegate.id, mark(session, delegate, marks.get(delegate.id), mark.status(), markedAt,
                    Attendance.Method.ORGANISER));
        }
        Attendance.getEntityManager().flush();
        return view(session).body();
    }

    /** The code an organiser shows for the session as a QR code; made the first time it is asked for. */
    @Transactional
    public Tagged<CheckInCodeView> checkInCode(String sessionId) {
        Session session = session(sessionId);
        byte[] secret = new byte[CODE_BYTES];
        RANDOM.nextBytes(secret);
        // Made once: two organisers opening it at the same moment both get the one that was stored first (a locking
        // read sees it, where the transaction's snapshot might not).
        var database = Session.getEntityManager();
        database.createNativeQuery("insert ignore into check_in_code (session_id, code, created_at) "
                        + "values (?1, ?2, utc_timestamp(6))")
                .setParameter(1, BinaryIds.bytes(session.id))
                .setParameter(2, Base64.getUrlEncoder().withoutPadding().encodeToString(secret)).executeUpdate();
        String code = (String) database.createNativeQuery("select code from check_in_code where session_id = ?1 lock in share mode")
                .setParameter(1, BinaryIds.bytes(session.id)).getSingleResult();
        ZoneId zone = session.trip.zone();
        CheckInCodeView view = new CheckInCodeView(session.id, code, app.checkIn(session.id, code),
                session.startsAt.minus(CHECK_IN_OPENS).atZone(zone).toOffsetDateTime(),
                session.endsAt.atZone(zone).toOffsetDateTime());
        return new Tagged<>(view, new AggregateTag().add(session).add(code).add(app.url()).value());
    }

    /**
     * A delegate checks in with the session's code while check-in is open: present, or late after the first ten
     * minutes. A delegate already marked present or late stays so; one marked absent or excused is here after all.
     */
    @Transactional
    public DelegateMark checkIn(String sessionId, CheckInInput input) {
        lockMarksOf(sessionId);
        Session session = session(sessionId);
        CheckInCode code = CheckInCode.findById(session.id);
        if (code == null || !MessageDigest.isEqual(code.code.getBytes(StandardCharsets.US_ASCII),
                input.code().getBytes(StandardCharsets.UTF_8))) {
            throw ProblemException.invalidField("code", "not-this-session",
                    "is not this session's check-in code; scan the code shown at the session");
        }
        refuseCancelled(session);
        Instant now = Instant.now();
        Instant opens = session.startsAt.minus(CHECK_IN_OPENS);
        if (now.isBefore(opens) || !now.isBefore(session.endsAt)) {
            ZoneId zone = session.trip.zone();
            throw new ProblemException(ProblemType.CHECK_IN_CLOSED, "Check-in for this session is open from "
                    + opens.atZone(zone).toOffsetDateTime() + " until it ends at "
                    + session.endsAt.atZone(zone).toOffsetDateTime() + ".");
        }
        Participant own = caller.personId().<Participant>flatMap(person -> Participant.<Participant>find(
                        "from Participant p join fetch p.person where p.trip = ?1 and p.person.id = ?2 and p.role in ?3",
                        session.trip, person, DelegationRole.DELEGATES).firstResultOptional())
                .orElseThrow(() -> new ProblemException(ProblemType.FORBIDDEN,
                        "Only a delegate of the session's trip can check in to it."));
        Attendance mark = Attendance.<Attendance>find("session = ?1 and participant = ?2", session, own).firstResult();
        if (mark == null || !mark.status.attended()) {
            AttendanceStatus status = now.isAfter(session.startsAt.plus(LATE_AFTER)) ? AttendanceStatus.LATE
                    : AttendanceStatus.PRESENT;
            mark = mark(session, own, mark, status, now, Attendance.Method.CHECK_IN);
        }
        return delegateMark(own, mark, session.trip.zone());
    }

    /** The delegate's mark, set unless the one recorded ({@code mark}, or none) was made later. */
    private Attendance mark(Session session, Participant delegate, Attendance mark, AttendanceStatus status,
            Instant markedAt, Attendance.Method method) {
        if (mark != null && mark.markedAt.isAfter(markedAt)) {
            return mark;
        }
        Attendance written = mark == null ? new Attendance() : mark;
        written.session = session;
        written.participant = delegate;
        written.status = status;
        written.markedAt = markedAt;
        written.method = method;
        written.markedBy = caller.name();
        if (!written.isPersistent()) {
            written.persist();
        }
        return written;
    }

    /**
     * Marks of a session are written one request at a time, its row locked before anything is read
     * ({@link RowLocks}), so that two first marks of a delegate never collide.
     */
    private static void lockMarksOf(String sessionId) {
        UUID id = CrudService.parseId(sessionId);
        if (id != null) {
            RowLocks.lock("select id from trip_session where id = ?1 for update", id);
        }
    }

    private Session session(String sessionId) {
        return participations.peopleOfSession(sessionId);
    }

    private static void refuseCancelled(Session session) {
        if (session.status == SessionStatus.CANCELLED) {
            throw new ProblemException(ProblemType.SESSION_CANCELLED,
                    "The session is cancelled: nobody can attend it, and it does not count for certificates.");
        }
    }

    private static Map<UUID, Attendance> marksByParticipant(Session session) {
        return Attendance.<Attendance>find("from Attendance a join fetch a.participant p where a.session = ?1 "
                        + "and p.role in ?2", session, DelegationRole.DELEGATES).stream()
                .collect(Collectors.toMap(mark -> mark.participant.id, Function.identity()));
    }

    /** Counts for everyone; every delegate's mark for organisers, a delegate their own. */
    private Tagged<SessionAttendanceView> view(Session session) {
        Map<UUID, Attendance> marks = marksByParticipant(session);
        AggregateTag tag = new AggregateTag().add(session);
        marks.values().stream().sorted((a, b) -> a.id.compareTo(b.id)).forEach(tag::add);
        ZoneId zone = session.trip.zone();
        List<DelegateMark> shown;
        long delegateCount;
        if (caller.isOrganiser()) {
            List<Participant> delegates = Participant.delegatesOf(session.trip);
            delegates.forEach(tag::add);
            shown = delegates.stream().map(delegate -> delegateMark(delegate, marks.get(delegate.id), zone)).toList();
            delegateCount = delegates.size();
        } else {
            shown = caller.personId().flatMap(person -> marks.values().stream()
                            .filter(mark -> mark.participant.person.id.equals(person)).findFirst())
                    .map(mark -> List.of(delegateMark(mark.participant, mark, zone))).orElse(List.of());
            delegateCount = Participant.count("trip = ?1 and role in ?2", session.trip, DelegationRole.DELEGATES);
            tag.add(caller.personId().map(UUID::toString).orElse("-")).add(Long.toString(delegateCount));
        }
        Map<AttendanceStatus, Integer> counts = new EnumMap<>(AttendanceStatus.class);
        marks.values().forEach(mark -> counts.merge(mark.status, 1, Integer::sum));
        Counts totals = new Counts(counts.getOrDefault(AttendanceStatus.PRESENT, 0),
                counts.getOrDefault(AttendanceStatus.LATE, 0), counts.getOrDefault(AttendanceStatus.ABSENT, 0),
                counts.getOrDefault(AttendanceStatus.EXCUSED, 0), (int) Math.max(0, delegateCount - marks.size()));
        return new Tagged<>(new SessionAttendanceView(session.id, session.trip.id, totals, shown),
                tag.add(caller.isOrganiser() ? "all" : "own").value());
    }

    private DelegateMark delegateMark(Participant delegate, Attendance mark, ZoneId zone) {
        return new DelegateMark(delegate.id, PublicProfile.of(delegate.person), delegate.role,
                mark == null ? null : mark.status,
                mark == null ? null : mark.markedAt.atZone(zone).toOffsetDateTime(),
                mark == null || !caller.isOrganiser() ? null : mark.markedBy,
                mark == null ? null : mark.method);
    }
}
