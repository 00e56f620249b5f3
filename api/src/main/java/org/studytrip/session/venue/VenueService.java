package org.studytrip.session.venue;

import jakarta.enterprise.context.ApplicationScoped;
import org.studytrip.common.crud.CatalogueService;

@ApplicationScoped
public class VenueService extends CatalogueService<Venue, VenueInput, VenueView> {

    @Override
    protected VenueView toView(Venue venue) {
        return VenueView.of(venue, visibility);
    }
}
