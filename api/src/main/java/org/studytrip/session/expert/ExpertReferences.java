package org.studytrip.session.expert;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import org.studytrip.common.crud.ReferenceCheck;
import org.studytrip.common.problem.Referrer;
import org.studytrip.organisation.Organisation;
import org.studytrip.topic.Topic;

/** Organisations and topics that experts refer to cannot be deleted from under them. */
public class ExpertReferences {

    private static List<Referrer> experts(String query, Object parameter) {
        return ReferenceCheck.named(Expert.<Expert>find(query + " order by e.name.en", parameter),
                Referrer.Type.EXPERT, expert -> expert.name.en());
    }

    @Produces
    @Singleton
    ReferenceCheck<Organisation> toOrganisations() {
        return ReferenceCheck.of(Organisation.class, organisation -> experts("from Expert e where e.organisation = ?1",
                organisation));
    }

    @Produces
    @Singleton
    ReferenceCheck<Topic> toTopics() {
        return ReferenceCheck.of(Topic.class, topic -> experts("select e from Expert e join e.topics topic where topic = ?1",
                topic));
    }
}
