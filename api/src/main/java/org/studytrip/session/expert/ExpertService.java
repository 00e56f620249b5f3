package org.studytrip.session.expert;

import jakarta.enterprise.context.ApplicationScoped;
import org.studytrip.common.crud.CrudService;
import org.studytrip.common.crud.Listing;
import org.studytrip.common.web.Criteria;
import org.studytrip.common.web.Page;
import org.studytrip.common.web.Sorting;

@ApplicationScoped
public class ExpertService extends CrudService<Expert, ExpertInput, ExpertView>
        implements Listing<ExpertFilter, ExpertView> {

    @Override
    public Page<ExpertView> list(ExpertFilter filter) {
        Criteria criteria = new Criteria()
                .equal("organisation.id", filter.organisation())
                .where("id in (select e.id from Expert e join e.topics topic where topic.code = :value)", filter.topic)
                .contains(filter.text(), "name.en", "name.zh", "name.ko");
        return page(criteria, Sorting.BY_NAME, filter);
    }

    @Override
    protected ExpertView toView(Expert expert) {
        return ExpertView.of(expert, visibility);
    }
}
