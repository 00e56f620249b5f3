package org.studytrip.participant.consent;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.studytrip.common.persistence.VersionedEntity;
import org.studytrip.participant.Participant;

/**
 * One decision of a participant about one purpose, under one version of the privacy notice, at one time. Never
 * changed: a later decision (e.g. a withdrawal) is a new record, so the history stays as evidence.
 */
@Entity
@Table(name = "consent")
public class Consent extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Participant participant;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    public ConsentPurpose purpose;

    public String noticeVersion;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    public ConsentDecision decision;

    @Override
    public UUID tripId() {
        return participant.trip.id;
    }
}
