package org.studytrip.session.venue;

import jakarta.enterprise.context.ApplicationScoped;
import org.studytrip.common.crud.CrudService;
import org.studytrip.common.crud.Listing;
import org.studytrip.common.web.Criteria;
import org.studytrip.common.web.Page;
import org.studytrip.common.web.Sorting;

@ApplicationScoped
public class VenueService extends CrudService<Venue, VenueInput, VenueView>
        implements Listing<VenueFilter, VenueView> {

    @Override
    public Page<VenueView> list(VenueFilter filter) {
        Criteria criteria = new Criteria()
                .equal("city.code", filter.city)
                .contains(filter.text(), "name.en", "name.zh", "name.ko", "addressLocal", "addressEn", "place.en", "place.ko");
        return page(criteria, Sorting.BY_NAME, filter);
    }

    @Override
    protected VenueView toView(Venue venue) {
        return VenueView.of(venue, visibility);
    }
}
