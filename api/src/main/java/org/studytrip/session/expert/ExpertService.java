package org.studytrip.session.expert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.mapstruct.factory.Mappers;
import org.studytrip.common.crud.CrudService;
import org.studytrip.common.crud.Listing;
import org.studytrip.common.web.Criteria;
import org.studytrip.common.web.Page;
import org.studytrip.common.web.Sorting;

@ApplicationScoped
public class ExpertService extends CrudService<Expert, ExpertInput, ExpertView> implements Listing<ExpertFilter, ExpertView> {

    private static final Sorting SORTING = Sorting.by("name", "name:name.en", "createdAt", "updatedAt");

    ExpertService() {
        super(Expert.class, ExpertInput.class, "expert", Mappers.getMapper(ExpertMapping.class));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ExpertView> list(ExpertFilter filter) {
        Criteria criteria = new Criteria()
                .equal("organisation.id", filter.organisation())
                .where("id in (select e.id from Expert e join e.topics topic where topic.code = :value)", filter.topic)
                .contains(filter.text(), "name.en", "name.zh", "name.ko");
        return Page.of(Expert.find(criteria.query(), SORTING.parse(filter.sort), criteria.parameters()),
                filter.pageRequest(), (Expert expert) -> ExpertView.of(expert, visibility));
    }

    @Override
    protected String describe(Expert expert) {
        return "expert '" + expert.name.en() + "'";
    }

    @Override
    protected ExpertView toView(Expert expert) {
        return ExpertView.of(expert, visibility);
    }
}
