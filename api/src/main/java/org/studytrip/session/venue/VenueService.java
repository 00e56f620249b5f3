package org.studytrip.session.venue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.studytrip.city.City;
import org.studytrip.common.crud.CrudService;
import org.studytrip.common.web.Criteria;
import org.studytrip.common.web.Page;
import org.studytrip.common.web.Sorting;

@ApplicationScoped
public class VenueService extends CrudService<Venue, VenueInput, VenueView> {

    static final Map<String, String> SORTABLE = Map.of(
            "name", "name.en",
            "createdAt", "createdAt",
            "updatedAt", "updatedAt");

    VenueService() {
        super(Venue.class, VenueInput.class, "venue");
    }


    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<VenueView> list(VenueFilter filter) {
        Criteria criteria = new Criteria()
                .equal("city.code", filter.city)
                .contains(filter.text(), "name.en", "name.zh", "name.ko", "addressLocal", "addressEn", "place.en", "place.ko");
        return Page.of(Venue.find(criteria.query(), Sorting.parse(filter.sort, "name", SORTABLE), criteria.parameters()),
                filter.pageRequest(), (Venue venue) -> VenueView.of(venue, visibility));
    }

    @Override
    protected String describe(Venue venue) {
        return "venue '" + venue.name.en() + "'";
    }

    @Override
    protected Venue newEntity() {
        return new Venue();
    }

    @Override
    protected void apply(VenueInput input, Venue venue) {
        venue.name = input.name();
        venue.addressLocal = input.addressLocal();
        venue.addressEn = input.addressEn();
        venue.city = reference(City.class, input.cityId(), "cityId");
        venue.place = input.place();
        venue.latitude = input.latitude();
        venue.longitude = input.longitude();
    }

    @Override
    protected VenueInput toInput(Venue venue) {
        return new VenueInput(venue.name, venue.addressLocal, venue.addressEn, venue.city == null ? null : venue.city.id,
                venue.place, venue.latitude, venue.longitude);
    }

    @Override
    protected VenueView toView(Venue venue) {
        return VenueView.of(venue, visibility);
    }
}
