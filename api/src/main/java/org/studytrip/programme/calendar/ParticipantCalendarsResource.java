package org.studytrip.programme.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.studytrip.common.exchange.Kind;
import org.studytrip.common.exchange.Kind.OperationKind;
import org.studytrip.common.idempotency.Idempotent;
import org.studytrip.common.security.Roles;
import org.studytrip.common.web.Page;
import org.studytrip.common.web.PageParameters;
import org.studytrip.common.web.Responses;

/** A participant's personal calendar feeds: asked for by the participant (or an organiser for them). */
@Path("/api/v1/participants/{participantId}/calendar-subscriptions")
@Tag(name = "Calendars")
public class ParticipantCalendarsResource {

    private final CalendarSubscriptionService service;

    ParticipantCalendarsResource(CalendarSubscriptionService service) {
        this.service = service;
    }

    @POST
    @Idempotent
    @Kind(value = OperationKind.CREATE, belowParent = true)
    @RolesAllowed({Roles.ORGANISER, Roles.PARTICIPANT})
    @Operation(summary = "Create a personal calendar feed", description = "For a participant's own participation (or "
            + "by an organiser for anyone's): answers the feed's secret address once, as url and webcalUrl, for a "
            + "calendar app to subscribe to without signing in. Create one per device or app, so each can be revoked "
            + "alone. No body.")
    public RestResponse<CalendarSubscriptionView> createCalendarSubscription(@RestPath String participantId,
            @Context UriInfo uriInfo) {
        URI feeds = uriInfo.getBaseUriBuilder().path(PersonalCalendarResource.PATH).build();
        CalendarSubscriptionView created = service.create(participantId, feeds);
        return Responses.created(uriInfo, CalendarSubscriptionResource.PATH, created);
    }

    @GET
    @Kind(value = OperationKind.LIST, belowParent = true)
    @RolesAllowed({Roles.ORGANISER, Roles.PARTICIPANT})
    @Operation(summary = "List a participant's calendar feeds", description = "Oldest first, without their addresses "
            + "(only a hash of each secret is kept).")
    public RestResponse<Page<CalendarSubscriptionView>> listCalendarSubscriptions(@RestPath String participantId,
            @BeanParam PageParameters paging, @Context UriInfo uriInfo) {
        return Responses.page(uriInfo, service.list(participantId, paging.pageRequest()));
    }
}
