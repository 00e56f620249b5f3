package org.studytrip.topic;

import jakarta.enterprise.context.ApplicationScoped;
import org.studytrip.common.crud.CrudService;
import org.studytrip.common.crud.Listing;
import org.studytrip.common.web.Criteria;
import org.studytrip.common.web.Page;
import org.studytrip.common.web.Sorting;

@ApplicationScoped
public class TopicService extends CrudService<Topic, TopicInput, TopicView> implements Listing<TopicFilter, TopicView> {

    private static final Sorting SORTING = Sorting.by("code", "code", "name:name.en", "createdAt", "updatedAt");

    @Override
    public Page<TopicView> list(TopicFilter list) {
        Criteria criteria = new Criteria().contains(list.text(), "code", "name.en", "name.zh", "name.ko");
        return page(criteria, SORTING, list);
    }

    @Override
    protected TopicView toView(Topic topic) {
        return TopicView.of(topic);
    }
}
