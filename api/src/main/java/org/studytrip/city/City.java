package org.studytrip.city;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.studytrip.common.persistence.VersionedEntity;
import org.studytrip.common.text.LocalizedText;

/** A local government's place: a city or a province that sends delegates, with its own "home time" zone. */
@Entity
@Table(name = "city")
public class City extends VersionedEntity {

    public String code;

    public LocalizedText name;

    public LocalizedText province;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    public AdministrativeLevel level;

    public String country;

    public String timeZone;

    public BigDecimal latitude;

    public BigDecimal longitude;
}
