package org.studytrip.common.crud;

import jakarta.transaction.Transactional;
import org.studytrip.common.persistence.VersionedEntity;
import org.studytrip.common.web.CatalogueFilter;
import org.studytrip.common.web.Criteria;
import org.studytrip.common.web.Page;
import org.studytrip.common.web.VersionedView;

/**
 * The service of a catalogue that anyone may list (cities, topics, organisations, venues, experts, trips): its
 * list pages what the filter selects. Kept apart from {@link CrudService} so that a service whose records need
 * their own guards when listed (people, participations) cannot answer this list by mistake.
 */
public abstract class CatalogueService<E extends VersionedEntity, I, V extends VersionedView>
        extends CrudService<E, I, V> {

    /** What the filter selects and the caller may see, sorted as the filter allows, one page of views. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<V> list(CatalogueFilter filter) {
        return page(narrowToVisible(filter.criteria()), filter.sorting(), filter);
    }

    /** Narrows what a list selects to what the caller may see; everything, unless the catalogue says otherwise. */
    protected Criteria narrowToVisible(Criteria criteria) {
        return criteria;
    }
}
