package org.studytrip.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.studytrip.city.City;
import org.studytrip.common.crud.ReferenceCheck;

/** A city cannot be deleted while local governments point to it. */
@ApplicationScoped
public class OrganisationsOfCity implements ReferenceCheck<City> {

    @Override
    public Class<City> target() {
        return City.class;
    }

    @Override
    public List<String> referencesTo(City city) {
        return Organisation.<Organisation>find("city", city).page(0, 20).list().stream()
                .map(organisation -> "organisation '" + organisation.code + "'")
                .toList();
    }
}
