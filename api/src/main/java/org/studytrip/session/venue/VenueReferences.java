package org.studytrip.session.venue;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.studytrip.city.City;
import org.studytrip.common.crud.ReferenceCheck;
import org.studytrip.common.problem.Referrer;

/** A city cannot be deleted while venues lie in it. */
public class VenueReferences {

    @Produces
    @Singleton
    ReferenceCheck<City> toCities() {
        return ReferenceCheck.of(City.class, city -> ReferenceCheck.named(Venue.<Venue>find("city", city),
                Referrer.Type.VENUE, venue -> venue.name.en()));
    }
}
