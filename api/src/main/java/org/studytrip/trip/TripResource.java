package org.studytrip.trip;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.studytrip.common.exchange.CatalogueResource;
import org.studytrip.common.exchange.Exchange;

@Path("/api/v1/trips")
@Tag(name = "Trips", description = "Editions of the programme: dates, host country and zone, organiser, topics and sending organisations.")
@Exchange(noun = "trip", onDelete = "A trip with sessions or participants answers 409 unless cascade=true, which "
        + "deletes them with it (the people stay recorded). A trip that a later edition builds on cannot be deleted.",
        cascade = "Also delete the trip's sessions and participants.", plural = "trips")
public class TripResource extends CatalogueResource<TripInput, TripView, TripService, TripFilter> {
}
