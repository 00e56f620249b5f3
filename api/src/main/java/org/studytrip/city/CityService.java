package org.studytrip.city;

import jakarta.enterprise.context.ApplicationScoped;
import org.studytrip.common.crud.CrudService;
import org.studytrip.common.crud.Listing;
import org.studytrip.common.web.Criteria;
import org.studytrip.common.web.Page;
import org.studytrip.common.web.Sorting;

@ApplicationScoped
public class CityService extends CrudService<City, CityInput, CityView> implements Listing<CityFilter, CityView> {

    private static final Sorting SORTING = Sorting.by("code",
            "code", "name:name.en", "province:province.en", "level", "country", "createdAt", "updatedAt");

    @Override
    public Page<CityView> list(CityFilter filter) {
        Criteria criteria = new Criteria()
                .where("(province.en = :value or province.zh = :value or province.ko = :value)", filter.province)
                .equal("level", filter.level())
                .equal("country", filter.country)
                .contains(filter.text(), "code", "name.en", "name.zh", "name.ko");
        return page(criteria, SORTING, filter);
    }

    @Override
    protected CityView toView(City city) {
        return CityView.of(city);
    }
}
