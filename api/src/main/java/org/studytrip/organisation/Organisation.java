package org.studytrip.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.studytrip.city.City;
import org.studytrip.common.persistence.VersionedEntity;
import org.studytrip.common.text.LocalizedText;

/** A ministry, agency, institution, partnership, local government or secretariat that organises or sends. */
@Entity
@Table(name = "organisation")
public class Organisation extends VersionedEntity {

    public String code;

    public LocalizedText name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    public OrganisationType type;

    public String country;

    @ManyToOne(fetch = FetchType.LAZY)
    public City city;

    public String website;

    /** The office's own contact, public like the website (never a person's). */
    public String email;

    public String phone;
}
