package org.studytrip.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import org.studytrip.common.crud.CrudService;
import org.studytrip.common.crud.Listing;
import org.studytrip.common.problem.ProblemException;
import org.studytrip.common.web.Criteria;
import org.studytrip.common.web.Page;
import org.studytrip.common.web.Sorting;

@ApplicationScoped
public class OrganisationService extends CrudService<Organisation, OrganisationInput, OrganisationView> implements Listing<OrganisationFilter, OrganisationView> {

    private static final Sorting SORTING = Sorting.by("code",
            "code", "name:name.en", "type", "country", "createdAt", "updatedAt");

    @Override
    public Page<OrganisationView> list(OrganisationFilter filter) {
        Criteria criteria = new Criteria()
                .equal("type", filter.type())
                .equal("country", filter.country)
                .equal("city.code", filter.city)
                .contains(filter.text(), "code", "name.en", "name.zh", "name.ko");
        return page(criteria, SORTING, filter);
    }

    @Override
    protected void checkRules(OrganisationInput input, Organisation existing) {
        if (input.type() == OrganisationType.LOCAL_GOVERNMENT && input.cityId() == null) {
            throw ProblemException.invalidField("cityId", "required", "a local government must name its city");
        }
        if (input.type() == OrganisationType.NATIONAL_BODY && input.cityId() != null) {
            throw ProblemException.invalidField("cityId", "not-allowed", "a national body has no city");
        }
    }

    @Override
    protected OrganisationView toView(Organisation organisation) {
        return OrganisationView.of(organisation, visibility);
    }
}
