package org.studytrip.certificate;

import jakarta.persistence.Column;
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

/** A certificate of participation, as it was issued: what it states does not change with later edits. */
@Entity
@Table(name = "certificate")
public class Certificate extends VersionedEntity {

    /** 20 characters of Crockford's base32 (100 random bits), stored without the hyphens it is shown with. */
    public String serial;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Participant participant;

    /** The organisation that issued it (the trip's organiser then): its credential's issuer and revocation list. */
    @Column(columnDefinition = "binary(16)")
    public UUID issuerId;

    /** The name in Latin script as printed: given name, then the family name in capitals. */
    public String holderNameLatin;

    /** The name in its own script (family name first), when the person has one. */
    public String holderNameNative;

    public int minutesAttended;

    public Instant issuedAt;

    public String issuedBy;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    public CertificateStatus status;

    public Instant revokedAt;

    public String revocationReason;

    /** Its bit in the published revocation list. */
    public int statusIndex;

    /** The verifiable credential as signed when it was issued (a compact JWT); none once the holder's data is erased. */
    @JdbcTypeCode(SqlTypes.LONGVARCHAR)
    public String credential;

    @Override
    public UUID tripId() {
        return participant.trip.id;
    }
}
