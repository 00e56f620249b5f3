package org.studytrip.programme;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.studytrip.common.exchange.Kind;
import org.studytrip.common.exchange.Kind.OperationKind;
import org.studytrip.common.security.Roles;
import org.studytrip.common.web.Responses;
import org.studytrip.participant.DelegationsView;
import org.studytrip.participant.ParticipantService;

/**
 * A trip's programme as published, each read whole for phones and partners: the itinerary, the topics with their
 * sessions, the delegations. The itinerary and the topics are the same for everyone who may see the trip, and are
 * served from memory, built once per version of the programme; the delegations depend on who asks.
 */
@Path("/api/v1/trips/{tripId}")
public class TripProgrammeResource {

    @Inject
    ProgrammeRepresentations representations;

    @Inject
    ItineraryService itineraries;

    @Inject
    TripTopicsService topics;

    @Inject
    ParticipantService participants;

    @GET
    @Path("itinerary")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Sessions")
    @Kind(OperationKind.READ)
    @PermitAll
    @Operation(summary = "Get a trip's itinerary", description = "The whole programme in one response, for phones: "
            + "every day of the trip in its zone, each with its sessions by start time (venue, host, experts and topics "
            + "embedded), and the number of participants per sending organisation. The ETag is the programme's "
            + "version: send it as If-None-Match to get 304 without the programme being read. Compressed with brotli "
            + "or gzip when Accept-Encoding allows.")
    @APIResponse(responseCode = "200", description = "The itinerary",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItineraryView.class)))
    public CompletionStage<RestResponse<byte[]>> getItinerary(@RestPath String tripId, @RestHeader("If-None-Match") String ifNoneMatch,
            HttpHeaders headers) {
        return representations.read("itinerary", tripId, ifNoneMatch, headers.getHeaderString(HttpHeaders.ACCEPT_ENCODING),
                itineraries::itinerary);
    }

    @GET
    @Path("topics")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Sessions")
    @Kind(OperationKind.READ)
    @PermitAll
    @Operation(summary = "Get a trip's topics with their number of sessions", description = "The trip's topics and "
            + "any topic its sessions add, by code, each with how many of the trip's sessions it has. The ETag is the "
            + "programme's version, as for the itinerary.")
    @APIResponse(responseCode = "200", description = "The trip's topics",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TripTopicsView.class)))
    public CompletionStage<RestResponse<byte[]>> getTripTopics(@RestPath String tripId, @RestHeader("If-None-Match") String ifNoneMatch,
            HttpHeaders headers) {
        return representations.read("topics", tripId, ifNoneMatch, headers.getHeaderString(HttpHeaders.ACCEPT_ENCODING),
                topics::topics);
    }

    @GET
    @Path("delegations")
    @Tag(name = "Participants")
    @Kind(OperationKind.READ)
    @RolesAllowed({Roles.ORGANISER, Roles.PARTNER, Roles.PARTICIPANT})
    @Operation(summary = "Get a trip's delegations", description = "Participants grouped by sending organisation "
            + "(local governments with their city, national bodies without), with counts and public profiles only. "
            + "The ETag is the programme's version for the caller's view: send it as If-None-Match to get 304 without "
            + "the delegations being read.")
    public RestResponse<DelegationsView> getDelegations(@RestPath String tripId, @RestHeader("If-None-Match") String ifNoneMatch) {
        return Responses.read(ifNoneMatch, participants.delegationsTag(tripId), () -> participants.delegations(tripId));
    }
}
