package org.studytrip.session.venue;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.studytrip.city.City;
import org.studytrip.common.crud.ReferenceCheck;

/** A city cannot be deleted while venues lie in it. */
@ApplicationScoped
public class VenuesInCity implements ReferenceCheck<City> {

    @Override
    public Class<City> target() {
        return City.class;
    }

    @Override
    public List<String> referencesTo(City city) {
        return Venue.<Venue>find("city", city).page(0, 20).list().stream()
                .map(venue -> "venue '" + venue.name.en() + "'")
                .toList();
    }
}
