package org.studytrip.session;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.studytrip.common.crud.Labelled;
import org.studytrip.common.persistence.VersionedEntity;
import org.studytrip.common.text.LocalizedDescription;
import org.studytrip.common.text.LocalizedText;
import org.studytrip.organisation.Organisation;
import org.studytrip.session.expert.Expert;
import org.studytrip.session.venue.Venue;
import org.studytrip.topic.Topic;
import org.studytrip.trip.Trip;

/** One item of a trip's programme. Times are instants (UTC); clients see them in the trip's zone. */
@Entity
@Table(name = "trip_session")
public class Session extends VersionedEntity implements Labelled {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Trip trip;

    public LocalizedText title;

    public LocalizedDescription description;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    public SessionType type;

    public Instant startsAt;

    public Instant endsAt;

    @ManyToOne(fetch = FetchType.LAZY)
    public Venue venue;

    @ManyToOne(fetch = FetchType.LAZY)
    public Organisation host;

    @ManyToMany
    @JoinTable(name = "session_expert", joinColumns = @JoinColumn(name = "session_id"),
            inverseJoinColumns = @JoinColumn(name = "expert_id"))
    @OrderBy("name.en")
    public Set<Expert> experts = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "session_topic", joinColumns = @JoinColumn(name = "session_id"),
            inverseJoinColumns = @JoinColumn(name = "topic_id"))
    @OrderBy("code")
    public Set<Topic> topics = new LinkedHashSet<>();

    /** The language spoken, as a BCP 47 tag (ko, zh, en). */
    public String language;

    /** The language it is interpreted into, if any. */
    public String interpretation;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    public SessionStatus status;

    public LocalizedText statusReason;

    /** Whether a certificate needs it attended, whatever its type. */
    public boolean mandatory;

    public void setExperts(Set<Expert> wanted) {
        changeTo(experts, wanted);
    }

    public void setTopics(Set<Topic> wanted) {
        changeTo(topics, wanted);
    }

    @Override
    public UUID tripId() {
        return trip.id;
    }

    @Override
    public String label() {
        return title.en();
    }
}
