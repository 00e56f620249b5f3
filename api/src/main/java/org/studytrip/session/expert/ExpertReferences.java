package org.studytrip.session.expert;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.studytrip.common.crud.ReferenceCheck;
import org.studytrip.organisation.Organisation;
import org.studytrip.topic.Topic;

/** Organisations and topics that experts refer to cannot be deleted from under them. */
final class ExpertReferences {

    private ExpertReferences() {
    }

    private static List<String> experts(String query, Object parameter) {
        return Expert.<Expert>find(query + " order by e.name.en", parameter).page(0, 20).list().stream()
                .map(expert -> "expert '" + expert.name.en() + "'").toList();
    }

    @ApplicationScoped
    static class ToOrganisations implements ReferenceCheck<Organisation> {
        @Override
        public Class<Organisation> target() {
            return Organisation.class;
        }

        @Override
        public List<String> referencesTo(Organisation organisation) {
            return experts("from Expert e where e.organisation = ?1", organisation);
        }
    }

    @ApplicationScoped
    static class ToTopics implements ReferenceCheck<Topic> {
        @Override
        public Class<Topic> target() {
            return Topic.class;
        }

        @Override
        public List<String> referencesTo(Topic topic) {
            return experts("select e from Expert e join e.topics topic where topic = ?1", topic);
        }
    }
}
