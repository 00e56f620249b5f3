package org.studytrip.organisation;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.studytrip.city.City;
import org.studytrip.common.crud.ReferenceCheck;
import org.studytrip.common.problem.Referrer;

/** A city cannot be deleted while local governments point to it. */
public class OrganisationReferences {

    @Produces
    @Singleton
    ReferenceCheck<City> toCities() {
        return ReferenceCheck.of(City.class, city -> ReferenceCheck.named(Organisation.<Organisation>find("city", city),
                Referrer.Type.ORGANISATION, organisation -> organisation.code));
    }
}
