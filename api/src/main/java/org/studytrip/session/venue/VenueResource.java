package org.studytrip.session.venue;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.studytrip.common.exchange.CatalogueResource;
import org.studytrip.common.exchange.Exchange;

@Path("/api/v1/venues")
@Tag(name = "Venues", description = "Where sessions happen, with addresses in local script and in English.")
@Exchange(noun = "venue", plural = "venues")
public class VenueResource extends CatalogueResource<VenueInput, VenueView, VenueService, VenueFilter> {
}
