package org.studytrip.participant.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.studytrip.common.changelog.ChangeLog;
import org.studytrip.common.crud.CrudService;
import org.studytrip.common.problem.ProblemException;
import org.studytrip.common.problem.ProblemType;
import org.studytrip.common.security.Caller;
import org.studytrip.common.web.Page;
import org.studytrip.common.web.PageRequest;
import org.studytrip.participant.Participant;
import org.studytrip.participant.ParticipantVisibility;

@ApplicationScoped
public class ConsentService {

    private final ChangeLog changeLog;
    private final Caller caller;
    private final ParticipantVisibility participations;

    ConsentService(ChangeLog changeLog, Caller caller, ParticipantVisibility participations) {
        this.changeLog = changeLog;
        this.caller = caller;
        this.participations = participations;
    }

    /**
     * Organisers record any decision, as the delegate signed it. A participant may withdraw their own consent
     * here at any time (PIPL art. 15, PIPA art. 37: withdrawing must be as easy as giving); giving it stays with
     * the secretariat, which shows the notice.
     */
    @Transactional
    public ConsentView record(String participantId, ConsentInput input) {
        Participant participant = participations.actingFor(participantId);
        if (caller.isParticipantOnly() && input.decision() != ConsentDecision.WITHDRAWN) {
            throw new ProblemException(ProblemType.FORBIDDEN, "A participant may withdraw consent here; to give it, "
                    + "the secretariat records the decision with the privacy notice shown.");
        }
        Consent consent = new Consent();
        consent.participant = participant;
        consent.purpose = input.purpose();
        consent.noticeVersion = input.noticeVersion();
        consent.decision = input.decision();
        consent.persist();
        changeLog.created(consent);
        return ConsentView.of(consent);
    }

    /** A participant's decisions in the order they were made; the latest per purpose is in force. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ConsentView> list(String participantId, PageRequest page) {
        Participant participant = participations.actingFor(participantId);
        return Page.of(Consent.find("participant = ?1 order by createdAt, id", participant), page, ConsentView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ConsentView get(String id) {
        UUID uuid = CrudService.parseId(id);
        Consent consent = uuid == null ? null : Consent.findById(uuid);
        if (consent == null || !participations.mayActFor(consent.participant)) {
            throw ProblemException.notFound("consent", id);
        }
        return ConsentView.of(consent);
    }

    /** Every decision of the given participations, for a person's data export. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Consent> of(List<Participant> participations) {
        return participations.isEmpty() ? List.of()
                : Consent.list("participant in ?1 order by createdAt, id", participations);
    }
}
