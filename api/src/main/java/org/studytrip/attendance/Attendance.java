package org.studytrip.attendance;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.studytrip.common.persistence.VersionedEntity;
import org.studytrip.participant.Participant;
import org.studytrip.session.Session;

/** A delegate's attendance at one session: the latest mark, by when it was made, and who made it how. */
@Entity
@Table(name = "attendance")
public class Attendance extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Session session;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Participant participant;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    public AttendanceStatus status;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    public Method method;

    /** When the mark was made: on the organiser's phone (maybe offline, sent later) or at the check-in. */
    public Instant markedAt;

    /** Who made it: the subject of the organiser's token, or of the delegate's own at a check-in. */
    public String markedBy;

    @Override
    public UUID tripId() {
        return session.trip.id;
    }

    /** How a mark was made. */
    public enum Method {
        /** By an organiser, from the session's delegation list. */
        @JsonProperty("organiser") ORGANISER,
        /** By the delegate, scanning the session's check-in code. */
        @JsonProperty("check-in") CHECK_IN
    }
}
