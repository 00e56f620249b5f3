package org.studytrip.session.venue;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.studytrip.city.City;
import org.studytrip.common.crud.Labelled;
import org.studytrip.common.persistence.VersionedEntity;
import org.studytrip.common.text.LocalizedText;

/** Where a session happens; the address in local script is what a taxi driver reads. */
@Entity
@Table(name = "venue")
public class Venue extends VersionedEntity implements Labelled {

    public LocalizedText name;

    public String addressLocal;

    public String addressEn;

    @ManyToOne(fetch = FetchType.LAZY)
    public City city;

    /** A place in the host country that is not one of the sending cities, e.g. Seoul or Suwon. */
    public LocalizedText place;

    public BigDecimal latitude;

    public BigDecimal longitude;

    @Override
    public String label() {
        return name.en();
    }
}
