package org.studytrip.topic;

import org.studytrip.common.web.ListDescription;
import org.studytrip.common.web.CatalogueFilter;
import org.studytrip.common.web.Criteria;
import org.studytrip.common.web.Sorting;

/** Topics are narrowed by text only. */
@ListDescription("Filter by text; sortable by code, name, createdAt, updatedAt.")
public class TopicFilter extends CatalogueFilter {

    private static final Sorting SORTING = Sorting.by("code", "code", "name:name.en", "createdAt", "updatedAt");

    @Override
    public Criteria criteria() {
        return new Criteria().contains(text(), "code", "name.en", "name.zh", "name.ko");
    }

    @Override
    public Sorting sorting() {
        return SORTING;
    }
}
