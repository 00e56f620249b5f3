package org.studytrip.session.venue;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.studytrip.city.City;
import org.studytrip.common.crud.ReferenceCheck;

/** A city cannot be deleted while venues lie in it. */
public class VenueReferences {

    @Produces
    @Singleton
    ReferenceCheck<City> toCities() {
        return ReferenceCheck.of(City.class, city -> ReferenceCheck.named(Venue.<Venue>find("city", city),
                venue -> "venue '" + venue.name.en() + "'"));
    }
}
