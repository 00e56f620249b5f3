package org.studytrip.programme;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.studytrip.common.exchange.Kind;
import org.studytrip.common.exchange.Kind.OperationKind;
import org.studytrip.common.web.Responses;

@Path("/api/v1/trips/{tripId}/itinerary")
@Tag(name = "Sessions")
public class TripItineraryResource {

    private final ItineraryService service;

    TripItineraryResource(ItineraryService service) {
        this.service = service;
    }

    @GET
    @Kind(OperationKind.READ)
    @PermitAll
    @Operation(summary = "Get a trip's itinerary", description = "The whole programme in one response, for phones: "
            + "every day of the trip in its zone, each with its sessions by start time (venue, host, experts and topics "
            + "embedded), and the number of participants per sending organisation. The ETag is built from every row "
            + "shown; send it as If-None-Match to get 304 when nothing changed.")
    public RestResponse<ItineraryView> getItinerary(@RestPath String tripId, @RestHeader("If-None-Match") String ifNoneMatch) {
        return Responses.read(ifNoneMatch, service.itinerary(tripId));
    }
}
