package org.studytrip.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.studytrip.common.persistence.VersionedEntity;
import org.studytrip.participant.Participant;
import org.studytrip.session.Session;

/** A delegate's evaluation of a session, or of the whole trip when it names no session. */
@Entity
@Table(name = "evaluation")
public class Evaluation extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Participant participant;

    @ManyToOne(fetch = FetchType.LAZY)
    public Session session;

    /** The session's id, or the trip's for an evaluation of the whole trip: one evaluation of each per delegate. */
    @Column(columnDefinition = "binary(16)")
    public UUID subjectId;

    public int rating;

    @JdbcTypeCode(SqlTypes.LONGVARCHAR)
    public String comment;

    public String commentLanguage;

    /** Whether organisers may see who wrote it; otherwise the comment is anonymous to everyone. */
    public boolean signed;

    @Override
    public UUID tripId() {
        return participant.trip.id;
    }
}
