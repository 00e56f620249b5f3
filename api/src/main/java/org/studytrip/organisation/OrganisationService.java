package org.studytrip.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import org.studytrip.common.crud.CatalogueService;
import org.studytrip.common.problem.ProblemException;

@ApplicationScoped
public class OrganisationService extends CatalogueService<Organisation, OrganisationInput, OrganisationView> {

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
