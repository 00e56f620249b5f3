package org.studytrip.topic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.mapstruct.factory.Mappers;
import org.studytrip.common.crud.CrudService;
import org.studytrip.common.web.Criteria;
import org.studytrip.common.web.ListParameters;
import org.studytrip.common.web.Page;
import org.studytrip.common.web.Sorting;

@ApplicationScoped
public class TopicService extends CrudService<Topic, TopicInput, TopicView> {

    static final Map<String, String> SORTABLE = Map.of(
            "code", "code",
            "name", "name.en",
            "createdAt", "createdAt",
            "updatedAt", "updatedAt");

    TopicService() {
        super(Topic.class, TopicInput.class, "topic", Mappers.getMapper(TopicMapping.class));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TopicView> list(ListParameters list) {
        Criteria criteria = new Criteria().contains(list.text(), "code", "name.en", "name.zh", "name.ko");
        return Page.of(Topic.find(criteria.query(), Sorting.parse(list.sort, "code", SORTABLE), criteria.parameters()),
                list.pageRequest(), TopicView::of);
    }

    @Override
    protected Topic newEntity() {
        return new Topic();
    }

    @Override
    protected TopicView toView(Topic topic) {
        return TopicView.of(topic);
    }

    @Override
    protected String code(TopicInput input) {
        return input.code();
    }
}
