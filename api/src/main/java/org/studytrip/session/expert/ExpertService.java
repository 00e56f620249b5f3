package org.studytrip.session.expert;

import jakarta.enterprise.context.ApplicationScoped;
import org.studytrip.common.crud.CatalogueService;

@ApplicationScoped
public class ExpertService extends CatalogueService<Expert, ExpertInput, ExpertView> {

    @Override
    protected ExpertView toView(Expert expert) {
        return ExpertView.of(expert, visibility);
    }
}
