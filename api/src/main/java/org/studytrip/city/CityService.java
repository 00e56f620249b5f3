package org.studytrip.city;

import jakarta.enterprise.context.ApplicationScoped;
import org.studytrip.common.crud.CatalogueService;

@ApplicationScoped
public class CityService extends CatalogueService<City, CityInput, CityView> {

    @Override
    protected CityView toView(City city) {
        return CityView.of(city);
    }
}
