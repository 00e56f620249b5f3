package org.studytrip.programme.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.studytrip.common.changelog.ChangeLog;
import org.studytrip.common.crud.CrudService;
import org.studytrip.common.problem.ProblemException;
import org.studytrip.common.text.Language;
import org.studytrip.common.web.Page;
import org.studytrip.common.web.PageRequest;
import org.studytrip.common.web.Preconditions.IfMatch;
import org.studytrip.common.web.Representation;
import org.studytrip.participant.Participant;
import org.studytrip.participant.ParticipantVisibility;
import org.studytrip.programme.ExportLabels;
import org.studytrip.programme.ItineraryService;
import org.studytrip.programme.ItineraryView;
import org.studytrip.trip.Trip;
import org.studytrip.trip.TripAccess;
import org.studytrip.trip.TripStatus;

/**
 * Personal calendar feeds. A participant (or an organiser for them) asks for a feed and gets its secret URL once; a
 * calendar app then polls it without a bearer token, which calendar apps cannot send. The feed holds the sessions of
 * the participant's trip once it is published, with SEQUENCE and CANCELLED as in the trip's own feed. Revoking
 * deletes the subscription, and its URL answers 404 from then on, as does the URL of an erased person's feed.
 */
@ApplicationScoped
public class CalendarSubscriptionService {

    /** 256 random bits, base64url without padding: 43 characters. */
    private static final int SECRET_BYTES = 32;
    static final Pattern SECRET = Pattern.compile("^[A-Za-z0-9_-]{43}$");

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ParticipantVisibility participations;
    private final ChangeLog changeLog;
    private final ItineraryService itineraries;

    CalendarSubscriptionService(ParticipantVisibility participations, ChangeLog changeLog, ItineraryService itineraries) {
        this.participations = participations;
        this.changeLog = changeLog;
        this.itineraries = itineraries;
    }

    /** A new feed for the participation, with its URL below {@code feeds} (e.g. https://host/api/v1/calendars). */
    @Transactional
    public CalendarSubscriptionView create(String participantId, URI feeds) {
        Participant participant = participations.actingFor(participantId);
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        CalendarSubscription subscription = new CalendarSubscription();
        subscription.participant = participant;
        subscription.secretHash = hash(encoded);
        subscription.persist();
        subscription.flush();
        return CalendarSubscriptionView.of(subscription, feeds.toString() + "/" + encoded);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CalendarSubscriptionView> list(String participantId, PageRequest page) {
        Participant participant = participations.actingFor(participantId);
        return Page.of(CalendarSubscription.find("participant = ?1 order by createdAt, id", participant), page,
                (CalendarSubscription subscription) -> CalendarSubscriptionView.of(subscription, null));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CalendarSubscriptionView get(String id) {
        return CalendarSubscriptionView.of(managed(id), null);
    }

    /** Revokes the feed: its URL answers 404 from now on. */
    @Transactional
    public void revoke(String id, IfMatch ifMatch) {
        CalendarSubscription subscription = managed(id);
        ifMatch.check(subscription.version);
        subscription.delete();
    }

    private CalendarSubscription managed(String id) {
        UUID uuid = CrudService.parseId(id);
        CalendarSubscription subscription = uuid == null ? null : CalendarSubscription.findById(uuid);
        if (subscription == null || !participations.mayActFor(subscription.participant)) {
            throw ProblemException.notFound("calendar subscription", id);
        }
        return subscription;
    }

    /**
     * The feed whose URL holds {@code secret}, in {@code language}: 304 without building it when the calendar app
     * holds the current version, 404 for a secret that is not (or no longer) a feed's.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Representation.Answer feed(String secret, Language language, String ifNoneMatch) {
        CalendarSubscription subscription = SECRET.matcher(secret).matches()
                ? CalendarSubscription.<CalendarSubscription>find("select s from CalendarSubscription s "
                        + "join fetch s.participant p join fetch p.trip join fetch p.person where s.secretHash = ?1",
                        hash(secret)).firstResult()
                : null;
        if (subscription == null || subscription.participant.person.erasedAt != null) {
            throw ProblemException.notFound("calendar", "(secret)");
        }
        Trip trip = subscription.participant.trip;
        String tag = TripAccess.programmeTag("calendar-personal:" + subscription.id + ":" + language.tag(), trip.id,
                changeLog.head());
        String name = language.of(trip.title) + " (" + ExportLabels.of(language, "personal-calendar") + ")";
        // A draft's programme is not out yet: the feed is empty, and nothing is read for it, until it is published.
        return Representation.answerOnce(tag, ProgrammeCalendar.MEDIA_TYPE, language.tag(), ifNoneMatch, () ->
                ProgrammeCalendar.render(ItineraryView.TripHeader.of(trip), trip.status == TripStatus.DRAFT ? List.of()
                        : itineraries.itinerary(trip).days(), language, name));
    }


    private static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
