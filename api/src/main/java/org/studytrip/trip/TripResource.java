package org.studytrip.trip;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.studytrip.common.exchange.CollectionResource;
import org.studytrip.common.exchange.Exchange;
import org.studytrip.common.exchange.Kind;
import org.studytrip.common.exchange.Kind.OperationKind;
import org.studytrip.common.web.Page;
import org.studytrip.common.web.Responses;

@Path("/api/v1/trips")
@Tag(name = "Trips", description = "Editions of the programme: dates, host country and zone, organiser, topics and sending organisations.")
@Exchange(noun = "trip", onDelete = "A trip with sessions or participants answers 409 unless cascade=true, which "
        + "deletes them with it (the people stay recorded). A trip that a later edition builds on cannot be deleted.",
        cascade = "Also delete the trip's sessions and participants.")
@Produces(MediaType.APPLICATION_JSON)
public class TripResource extends CollectionResource<TripInput, TripView, TripService> {

    TripResource(TripService service) {
        super(service);
    }

    @GET
    @PermitAll
    @Kind(OperationKind.LIST)
    @Operation(summary = "List trips", description = "Filter by year, status, topic (code), sending city (code), "
            + "organisation (id, as organiser or sender) or text; sortable by code, title, startDate, status, "
            + "createdAt, updatedAt. Newest first by default.")
    public RestResponse<Page<TripView>> listTrips(@BeanParam TripFilter filter, @Context UriInfo uriInfo) {
        return Responses.page(uriInfo, service.list(filter));
    }
}
