package org.studytrip.session.venue;

import jakarta.enterprise.context.ApplicationScoped;
import org.studytrip.common.crud.CrudService;

@ApplicationScoped
public class VenueService extends CrudService<Venue, VenueInput, VenueView> {

    @Override
    protected VenueView toView(Venue venue) {
        return VenueView.of(venue, visibility);
    }
}
