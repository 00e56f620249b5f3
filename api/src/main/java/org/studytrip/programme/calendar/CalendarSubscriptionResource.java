package org.studytrip.programme.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.studytrip.common.exchange.Kind;
import org.studytrip.common.exchange.Kind.OperationKind;
import org.studytrip.common.security.Roles;
import org.studytrip.common.web.Preconditions;
import org.studytrip.common.web.Responses;

/** One personal calendar feed's record, and its revocation. */
@Path(CalendarSubscriptionResource.PATH)
@Tag(name = "Calendars")
public class CalendarSubscriptionResource {

    static final String PATH = "/api/v1/calendar-subscriptions";

    private final CalendarSubscriptionService service;

    CalendarSubscriptionResource(CalendarSubscriptionService service) {
        this.service = service;
    }

    @GET
    @Path("{id}")
    @Kind(OperationKind.READ)
    @RolesAllowed({Roles.ORGANISER, Roles.PARTICIPANT})
    @Operation(summary = "Get a personal calendar feed's record", description = "When it was made, without its address.")
    public RestResponse<CalendarSubscriptionView> getCalendarSubscription(@RestPath String id,
            @RestHeader("If-None-Match") String ifNoneMatch) {
        return Responses.read(ifNoneMatch, service.get(id));
    }

    @DELETE
    @Path("{id}")
    @Kind(OperationKind.DELETE)
    @RolesAllowed({Roles.ORGANISER, Roles.PARTICIPANT})
    @Operation(summary = "Revoke a personal calendar feed", description = "Requires If-Match. Its address answers 404 "
            + "from then on; calendar apps subscribed to it keep what they last read.")
    public RestResponse<Void> deleteCalendarSubscription(@RestPath String id, @RestHeader("If-Match") String ifMatch) {
        service.revoke(id, Preconditions.ifMatch(ifMatch));
        return Responses.deleted();
    }
}
