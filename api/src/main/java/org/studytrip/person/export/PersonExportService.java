package org.studytrip.person.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.studytrip.common.access.Visibility;
import org.studytrip.common.privacy.AccessLog;
import org.studytrip.common.web.AggregateTag;
import org.studytrip.common.web.Tagged;
import org.studytrip.participant.Participant;
import org.studytrip.participant.ParticipantView;
import org.studytrip.participant.consent.Consent;
import org.studytrip.participant.consent.ConsentService;
import org.studytrip.participant.consent.ConsentView;
import org.studytrip.person.Person;
import org.studytrip.person.PersonService;
import org.studytrip.trip.TripView.TripReference;

/**
 * Everything recorded about a person, across the features that record it: the person, their participations and
 * the consent decisions made for them. Apart from {@code person/}, which the others depend on.
 */
@ApplicationScoped
public class PersonExportService {

    @Inject
    PersonService people;

    @Inject
    ConsentService consents;

    @Inject
    Visibility visibility;

    /** A person's whole record with every participation and consent decision; tagged by all of them. */
    @Transactional
    public Tagged<PersonExport> export(String id) {
        Person person = people.readOutWhole(id, AccessLog.EXPORT);
        List<Participant> participations = Participant.list(
                "from Participant p join fetch p.trip left join fetch p.organisation o left join fetch o.city "
                        + "where p.person = ?1 "
                        + "order by p.createdAt, p.id", person);
        // A participation is exported as it can be read: one the caller may not know of yet (a draft's) is left out.
        List<Participant> readable = participations.stream().filter(visibility::visible).toList();
        Map<UUID, List<ConsentView>> decisions = new HashMap<>();
        AggregateTag tag = new AggregateTag().add(person);
        for (Consent consent : consents.of(readable)) {
            decisions.computeIfAbsent(consent.participant.id, participant -> new ArrayList<>()).add(ConsentView.of(consent));
            tag.add(consent);
        }
        List<PersonExport.Participation> exported = new ArrayList<>();
        for (Participant participant : readable) {
            tag.add(participant).add(participant.trip);
            exported.add(new PersonExport.Participation(TripReference.of(participant.trip),
                    ParticipantView.of(participant, visibility), decisions.getOrDefault(participant.id, List.of())));
        }
        return new Tagged<>(new PersonExport(Instant.now(), people.view(person), exported), tag.value());
    }
}
