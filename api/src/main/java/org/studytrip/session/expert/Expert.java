package org.studytrip.session.expert;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;
import org.studytrip.common.crud.Labelled;
import org.studytrip.common.persistence.VersionedEntity;
import org.studytrip.common.text.LocalizedDescription;
import org.studytrip.common.text.LocalizedText;
import org.studytrip.organisation.Organisation;
import org.studytrip.topic.Topic;

/** Someone the delegation meets: a public, professional profile (no contact data is kept for experts). */
@Entity
@Table(name = "expert")
public class Expert extends VersionedEntity implements Labelled {

    public LocalizedText name;

    public LocalizedText title;

    @ManyToOne(fetch = FetchType.LAZY)
    public Organisation organisation;

    public LocalizedDescription bio;

    @ManyToMany
    @JoinTable(name = "expert_topic", joinColumns = @JoinColumn(name = "expert_id"),
            inverseJoinColumns = @JoinColumn(name = "topic_id"))
    @OrderBy("code")
    public Set<Topic> topics = new LinkedHashSet<>();

    public void setTopics(Set<Topic> wanted) {
        changeTo(topics, wanted);
    }

    @Override
    public String label() {
        return name.en();
    }
}
