package org.studytrip.changes;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
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

/** What changed in one trip's programme since a phone last asked. */
@Path("/api/v1/trips/{tripId}/changes")
@Tag(name = "Changes")
public class TripChangesResource {

    @Inject
    ChangeFeedService feed;

    @GET
    @PermitAll
    @Kind(value = OperationKind.FEED, belowParent = true)
    @Operation(summary = "List a trip's changes", description = "What the trip's itinerary shows: the trip, its "
            + "sessions, and the venues, experts, topics and organisations they name; its participants and their "
            + "public profiles too for those who may list them." + ChangeFeedResource.PAGING)
    public RestResponse<ChangePage> listTripChanges(@RestPath String tripId, @BeanParam FeedParameters parameters,
            @RestHeader("If-None-Match") String ifNoneMatch) {
        ChangeFeedService.Position position = feed.ofTrip(tripId, parameters);
        return Responses.read(ifNoneMatch, position.etag(), () -> feed.page(position));
    }
}
