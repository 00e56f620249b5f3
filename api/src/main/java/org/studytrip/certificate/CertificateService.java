package org.studytrip.certificate;

import io.quarkus.hibernate.orm.panache.Panache;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.studytrip.common.crud.CrudService;
import org.studytrip.common.persistence.RowLocks;
import org.studytrip.common.problem.ProblemException;
import org.studytrip.common.problem.ProblemType;
import org.studytrip.common.protection.LookupLimits;
import org.studytrip.common.security.Caller;
import org.studytrip.common.web.AggregateTag;
import org.studytrip.common.web.ApiEnums;
import org.studytrip.common.web.Page;
import org.studytrip.common.web.PageRequest;
import org.studytrip.common.web.Representation;
import org.studytrip.common.web.Tagged;
import org.studytrip.organisation.Organisation;
import org.studytrip.participant.DelegationRole;
import org.studytrip.participant.Participant;
import org.studytrip.participant.ParticipantVisibility;
import org.studytrip.person.Person;
import org.studytrip.person.PersonErased;
import org.studytrip.person.PublicProfile;
import org.studytrip.programme.AppConfig;
import org.studytrip.trip.Trip;
import org.studytrip.trip.TripAccess;

/**
 * Certificates of participation. Organisers issue them to delegates who meet the trip's rule, one by one or to the
 * whole trip at once (which skips, with the reason, whoever is not eligible or holds one already, so issuing twice
 * issues nothing new). A certificate states what was true when it was issued; it stays verifiable by its serial and
 * as a signed credential until it is revoked or replaced. Holders and organisers see certificates; anyone with the
 * serial sees only whether it stands, the printed name, the trip and the issuer.
 */
@ApplicationScoped
public class CertificateService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ERASED_NAME = "(erased)";

    private final TripAccess trips;
    private final ParticipantVisibility participations;
    private final Caller caller;
    private final AppConfig app;
    private final Credentials credentials;
    private final CertificatePdf pdf;
    private final LookupLimits lookups;

    CertificateService(TripAccess trips, ParticipantVisibility participations, Caller caller, AppConfig app,
            Credentials credentials, CertificatePdf pdf, LookupLimits lookups) {
        this.trips = trips;
        this.participations = participations;
        this.caller = caller;
        this.app = app;
        this.credentials = credentials;
        this.pdf = pdf;
        this.lookups = lookups;
    }

    /**
     * Issues the participation its certificate: 409 when it holds one already or does not meet the rule. Issuing
     * for a trip happens one request at a time (its row locked first, {@link RowLocks}), so that two clicks never
     * issue two certificates.
     */
    @Transactional
    public CertificateView issue(String participantId) {
        UUID id = CrudService.parseId(participantId);
        if (id != null) {
            RowLocks.lock("select p.trip_id from participant p join trip t on t.id = p.trip_id where p.id = ?1 for update", id);
        }
        Participant participant = participations.actingFor(participantId);
        Certificate held = Certificate.<Certificate>find("participant = ?1 and status = ?2", participant,
                CertificateStatus.VALID).firstResult();
        if (held != null) {
            throw new ProblemException(ProblemType.CERTIFICATE_EXISTS, "The participant holds certificate "
                    + Serials.shown(held.serial) + " already; revoke it first to issue a new one.");
        }
        EligibilityView eligibility = EligibilityService.eligibility(participant);
        String refusal = refusal(participant, eligibility);
        if (refusal != null) {
            throw new ProblemException(ProblemType.NOT_ELIGIBLE, refusal);
        }
        return view(issueTo(participant, eligibility.minutesAttended(), caller.name(), usedStatusIndexes()));
    }

    /** Issues a certificate to every eligible delegate of the trip who holds none yet, and says who was skipped why. */
    @Transactional
    public IssueReport issueAll(String tripId) {
        UUID id = CrudService.parseId(tripId);
        if (id != null) {
            RowLocks.lock("select id from trip where id = ?1 for update", id);
        }
        return issueAll(trips.programme(tripId), caller.name());
    }

    /** {@link #issueAll(String)} on behalf of {@code issuedBy}, outside a request (the sample programme). */
    @Transactional
    public IssueReport issueAll(Trip trip, String issuedBy) {
        RowLocks.lock("select id from trip where id = ?1 for update", trip.id);
        Set<Integer> used = usedStatusIndexes();
        Set<UUID> holders = Certificate.<Certificate>list("participant.trip = ?1 and status = ?2", trip,
                CertificateStatus.VALID).stream().map(certificate -> certificate.participant.id).collect(Collectors.toSet());
        List<CertificateView> issued = new ArrayList<>();
        List<IssueReport.Skipped> skipped = new ArrayList<>();
        for (Map.Entry<Participant, EligibilityView> standing : EligibilityService.standings(trip).entrySet()) {
            Participant delegate = standing.getKey();
            String refusal = refusal(delegate, standing.getValue());
            if (holders.contains(delegate.id)) {
                skipped.add(new IssueReport.Skipped(delegate.id, PublicProfile.of(delegate.person),
                        IssueReport.Reason.ALREADY_ISSUED, "Holds a valid certificate of this trip already."));
            } else if (refusal != null) {
                skipped.add(new IssueReport.Skipped(delegate.id, PublicProfile.of(delegate.person),
                        IssueReport.Reason.NOT_ELIGIBLE, refusal));
            } else {
                issued.add(view(issueTo(delegate, standing.getValue().minutesAttended(), issuedBy, used)));
            }
        }
        return new IssueReport(issued, skipped);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CertificateView> list(String tripId, PageRequest page) {
        Trip trip = participations.peopleOf(tripId);
        String query = "select c from Certificate c join fetch c.participant p join fetch p.trip t join fetch t.organiser "
                + "where p.trip = ?1" + (caller.isParticipantOnly() ? " and p.person.id = ?2" : "")
                + " order by c.issuedAt, c.id";
        return caller.isParticipantOnly()
                ? Page.of(Certificate.find(query, trip, caller.personId().orElse(null)), page, this::view)
                : Page.of(Certificate.find(query, trip), page, this::view);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CertificateView get(String id) {
        return view(visible(id));
    }

    /** The certificate to print, as a PDF: built when asked for, or 304 when the client holds this version. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Representation.Answer pdf(String id, String ifNoneMatch) {
        Certificate certificate = visible(id);
        String tag = new AggregateTag().add(certificate).add(verificationUrl(certificate)).value();
        return Representation.answerOnce(tag, "application/pdf", "zh", ifNoneMatch,
                () -> pdf.render(certificate, verificationUrl(certificate)));
    }

    /** The signed credential as it was issued; none (404) once the holder's data is erased. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Tagged<String> credential(String id) {
        Certificate certificate = visible(id);
        if (certificate.credential == null) {
            throw ProblemException.notFound("credential of certificate", id);
        }
        return new Tagged<>(certificate.credential, new AggregateTag().add(certificate.credential).value());
    }

    /** Revokes a valid certificate: it then verifies as revoked, by its serial and in the revocation list. */
    @Transactional
    public CertificateView revoke(String id, RevocationInput input) {
        Certificate certificate = visible(id);
        if (certificate.status != CertificateStatus.VALID) {
            throw new ProblemException(ProblemType.CERTIFICATE_NOT_VALID, "The certificate is "
                    + ApiEnums.apiValue(certificate.status) + " already.");
        }
        certificate.status = CertificateStatus.REVOKED;
        certificate.revokedAt = Instant.now();
        certificate.revocationReason = input.reason().strip();
        Certificate.getEntityManager().flush();
        return view(certificate);
    }

    /**
     * Replaces a valid certificate with a new one stating the same attendance under the name as the person's record
     * has it now (a corrected spelling): the old one then verifies as replaced, by its serial and in the revocation
     * list, and names its successor to organisers and the holder.
     */
    @Transactional
    public CertificateView replace(String id) {
        UUID uuid = CrudService.parseId(id);
        if (uuid != null) {
            RowLocks.lock("select p.trip_id from certificate c join participant p on p.id = c.participant_id "
                    + "join trip t on t.id = p.trip_id where c.id = ?1 for update", uuid);
        }
        Certificate old = visible(id);
        if (old.status != CertificateStatus.VALID) {
            throw new ProblemException(ProblemType.CERTIFICATE_NOT_VALID, "The certificate is "
                    + ApiEnums.apiValue(old.status) + "; only a valid one is replaced.");
        }
        if (old.participant.person.erasedAt != null) {
            throw new ProblemException(ProblemType.ERASED, "The holder's personal data was erased.");
        }
        old.status = CertificateStatus.REPLACED;
        old.revokedAt = Instant.now();
        Certificate.getEntityManager().flush();
        Certificate successor = issueTo(old.participant, old.minutesAttended, caller.name(), usedStatusIndexes());
        old.revocationReason = "Replaced by certificate " + Serials.shown(successor.serial) + ".";
        return view(successor);
    }

    /** Public: whether the certificate with this serial stands. Every lookup counts against the client's limit. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public VerificationView verify(String serial, HttpServerRequest http) {
        lookups.count(http);
        String normalised = Serials.normalised(serial);
        Certificate certificate = normalised == null ? null : Certificate.<Certificate>find("select c from Certificate c "
                + "join fetch c.participant p join fetch p.trip t join fetch t.organiser where c.serial = ?1", normalised)
                .firstResult();
        if (certificate == null) {
            throw new ProblemException(ProblemType.NOT_FOUND, "No certificate has the serial '"
                    + (serial.length() > 40 ? serial.substring(0, 40) + "…" : serial) + "'.");
        }
        return VerificationView.of(certificate);
    }

    /** An issuer's signed revocation list, 304 while none of its certificates changed status; 404 for no issuer. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Representation.Answer statusList(String issuerId, String ifNoneMatch) {
        UUID issuer = CrudService.parseId(issuerId);
        if (issuer == null || Organisation.findById(issuer) == null) {
            throw ProblemException.notFound("issuer", issuerId);
        }
        List<Integer> revoked = Panache.getEntityManager().createQuery("select c.statusIndex from Certificate c "
                + "where c.issuerId = :issuer and c.status <> :valid order by c.statusIndex", Integer.class)
                .setParameter("issuer", issuer).setParameter("valid", CertificateStatus.VALID).getResultList();
        String tag = new AggregateTag().add(issuer + ":" + revoked).add(app.apiUrl()).value();
        return Representation.answerOnce(tag, Credentials.MEDIA_TYPE, null, ifNoneMatch,
                () -> credentials.statusList(issuer, revoked).getBytes(StandardCharsets.US_ASCII));
    }

    public String publishedKeys() {
        return credentials.publishedKeys();
    }

    /** An erased person's certificates no longer name them: the names and the credential go, and they are revoked. */
    void erased(@Observes PersonErased erased) {
        Certificate.<Certificate>list("participant.person.id", erased.personId()).forEach(certificate -> {
            certificate.holderNameLatin = ERASED_NAME;
            certificate.holderNameNative = null;
            certificate.credential = null;
            if (certificate.status == CertificateStatus.VALID) {
                certificate.status = CertificateStatus.REVOKED;
                certificate.revokedAt = Instant.now();
                certificate.revocationReason = "The holder's personal data was erased.";
            }
        });
    }

    /** Places of the revocation lists taken, read once per issuing request. */
    private static Set<Integer> usedStatusIndexes() {
        return new HashSet<>(Panache.getEntityManager()
                .createQuery("select c.statusIndex from Certificate c", Integer.class).getResultList());
    }

    /** Why the participation may not be given a certificate; null when it may. */
    private static String refusal(Participant participant, EligibilityView eligibility) {
        if (!DelegationRole.DELEGATES.contains(participant.role)) {
            return "Certificates are for delegates (heads of delegation and members), not "
                    + ApiEnums.apiValue(participant.role) + ".";
        }
        if (participant.person.erasedAt != null) {
            return "The participant's personal data was erased.";
        }
        if (eligibility.eligible()) {
            return null;
        }
        if (eligibility.countedSessions() == 0) {
            return "No session of the trip counts for its certificate yet.";
        }
        return "Attended " + (eligibility.share() == null ? "none" : eligibility.share() + " %") + " of the counted "
                + "sessions; the rule asks " + eligibility.requiredShare() + " %"
                + (eligibility.missingMandatory().isEmpty() ? "." : "; mandatory sessions missed: "
                + eligibility.missingMandatory().stream().map(session -> session.title().en())
                .collect(Collectors.joining(", ")) + ".");
    }

    private Certificate issueTo(Participant participant, long minutesAttended, String issuedBy, Set<Integer> used) {
        Person person = participant.person;
        Certificate certificate = new Certificate();
        certificate.serial = Serials.next();
        certificate.participant = participant;
        certificate.issuerId = participant.trip.organiser.id;
        certificate.holderNameLatin = person.givenName + " " + person.familyName.toUpperCase(Locale.ROOT);
        certificate.holderNameNative = nativeName(person);
        certificate.minutesAttended = (int) minutesAttended;
        certificate.issuedAt = Instant.now();
        certificate.issuedBy = issuedBy;
        certificate.status = CertificateStatus.VALID;
        certificate.statusIndex = freeStatusIndex(used);
        certificate.persist();
        certificate.flush();
        certificate.credential = credentials.issue(certificate, criteria(participant.trip));
        return certificate;
    }

    /** Family name first, without a space, as Chinese and Korean names are written; null without either part. */
    private static String nativeName(Person person) {
        String family = person.familyNameNative == null ? "" : person.familyNameNative;
        String given = person.givenNameNative == null ? "" : person.givenNameNative;
        return family.isEmpty() && given.isEmpty() ? null : family + given;
    }

    /** A random unused place in the revocation list: neighbouring places then say nothing about their holders. */
    private static int freeStatusIndex(Set<Integer> used) {
        if (used.size() > Credentials.STATUS_LIST_BITS / 2) {
            throw new IllegalStateException("The revocation lists are half full: make them longer");
        }
        int index;
        do {
            index = RANDOM.nextInt(Credentials.STATUS_LIST_BITS);
        } while (!used.add(index));
        return index;
    }

    private static String criteria(Trip trip) {
        return "Present or late at " + trip.certificateMinimumShare + " % or more of the trip's sessions of the types "
                + String.join(", ", trip.certificateSessionTypes) + " (cancelled sessions aside), and at every "
                + "mandatory session, as recorded by the organisers or by the delegate's check-in.";
    }

    private Certificate visible(String id) {
        UUID uuid = CrudService.parseId(id);
        Certificate certificate = uuid == null ? null : Certificate.<Certificate>find("select c from Certificate c "
                + "join fetch c.participant p join fetch p.trip t join fetch t.organiser join fetch p.person "
                + "where c.id = ?1", uuid).firstResult();
        if (certificate == null || !participations.mayActFor(certificate.participant)) {
            throw ProblemException.notFound("certificate", id);
        }
        return certificate;
    }

    private String verificationUrl(Certificate certificate) {
        return app.verification(Serials.shown(certificate.serial));
    }

    private CertificateView view(Certificate certificate) {
        return CertificateView.of(certificate, verificationUrl(certificate));
    }
}
