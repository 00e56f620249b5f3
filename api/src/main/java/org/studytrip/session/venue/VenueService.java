package org.studytrip.session.venue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.mapstruct.factory.Mappers;
import org.studytrip.common.crud.CrudService;
import org.studytrip.common.crud.Listing;
import org.studytrip.common.web.Criteria;
import org.studytrip.common.web.Page;
import org.studytrip.common.web.Sorting;

@ApplicationScoped
public class VenueService extends CrudService<Venue, VenueInput, VenueView> implements Listing<VenueFilter, VenueView> {

    private static final Sorting SORTING = Sorting.by("name", "name:name.en", "createdAt", "updatedAt");

    VenueService() {
        super(Venue.class, VenueInput.class, "venue", Mappers.getMapper(VenueMapping.class));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<VenueView> list(VenueFilter filter) {
        Criteria criteria = new Criteria()
                .equal("city.code", filter.city)
                .contains(filter.text(), "name.en", "name.zh", "name.ko", "addressLocal", "addressEn", "place.en", "place.ko");
        return Page.of(Venue.find(criteria.query(), SORTING.parse(filter.sort), criteria.parameters()),
                filter.pageRequest(), (Venue venue) -> VenueView.of(venue, visibility));
    }

    @Override
    protected String describe(Venue venue) {
        return "venue '" + venue.name.en() + "'";
    }

    @Override
    protected VenueView toView(Venue venue) {
        return VenueView.of(venue, visibility);
    }
}
