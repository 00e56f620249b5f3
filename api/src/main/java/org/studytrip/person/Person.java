package org.studytrip.person;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.studytrip.common.persistence.TextListConverter;
import org.studytrip.common.persistence.VersionedEntity;

/**
 * Someone recorded once, whatever trips they join. Holds all three tiers of personal data: the public profile
 * (names, languages), contact details and protected details; only the person's own detail resource shows the
 * last two. The protected details are stored sealed (AES-GCM, {@link ProtectedDetailsVault}), never in clear.
 */
@Entity
@Table(name = "person")
public class Person extends VersionedEntity {

    public String familyName;

    public String givenName;

    public String familyNameNative;

    public String givenNameNative;

    @Convert(converter = TextListConverter.class)
    public List<String> languages = new ArrayList<>();

    public String email;

    public String phone;

    /** When the person's data was erased (the record is then anonymous and cannot be changed); else null. */
    public Instant erasedAt;

    /** Passport number, date of birth, dietary and medical notes, emergency contact: sealed JSON, or null. */
    @JdbcTypeCode(SqlTypes.LONGVARCHAR)
    public String protectedDetails;
}
