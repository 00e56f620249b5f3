package org.studytrip.city;

import jakarta.enterprise.context.ApplicationScoped;
import org.studytrip.common.crud.CrudService;

@ApplicationScoped
public class CityService extends CrudService<City, CityInput, CityView> {

    @Override
    protected CityView toView(City city) {
        return CityView.of(city);
    }
}
