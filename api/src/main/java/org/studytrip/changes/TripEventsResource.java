package org.studytrip.changes;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.EnumSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.studytrip.common.exchange.Kind;
import org.studytrip.common.exchange.Kind.OperationKind;

/** A trip's changes as they happen, for an open itinerary: server-sent events from the change log. */
@Path("/api/v1/trips/{tripId}/events")
@Tag(name = "Changes")
public class TripEventsResource {

    @Inject
    ChangeFeedService feed;

    @Inject
    ChangeStreams streams;

    @Inject
    CurrentIdentityAssociation identities;

    @GET
    @PermitAll
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Kind(value = OperationKind.STREAM, belowParent = true)
    @Operation(summary = "Stream a trip's changes", description = "Server-sent events: each change the trip's "
            + "feed would list, as it is written through any instance of the service, as an event named change whose "
            + "data is the feed's entry and whose id is a cursor. Once caught up, an event named ready whose id is the "
            + "cursor of where the log stands. A comment line every 15 seconds keeps an idle stream open. Reconnect "
            + "with Last-Event-ID (browsers do it by themselves) to get every change since, once; without it the "
            + "stream starts now. The roles decide what is streamed, as for the feed. An unknown or expired cursor is "
            + "answered 400 or 410 before the stream starts.")
    public void streamTripEvents(@RestPath String tripId, @RestHeader("Last-Event-ID") String lastEventId,
            @Context SseEventSink sink, @Context Sse sse) {
        ChangeCursor asked = ChangeCursor.parse("Last-Event-ID", lastEventId);
        ChangeFeedService.Position position = feed.ofTrip(tripId, EnumSet.allOf(ChangeType.class), asked, 1);
        ChangeCursor from = asked == ChangeCursor.OLDEST_KEPT ? new ChangeCursor(position.head()) : asked;
        // The identity itself, not the request's proxy of it: the stream reads as the subscriber after the request.
        streams.open(tripId, position.trip(), identities.getIdentity(), from, sink, sse);
    }
}
