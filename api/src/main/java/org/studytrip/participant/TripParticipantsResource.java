package org.studytrip.participant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.studytrip.common.exchange.Exchange;
import org.studytrip.common.exchange.TripRecordsResource;
import org.studytrip.common.security.Roles;
import org.studytrip.common.web.Page;

/** A trip's participants as a collection; each then lives at /api/v1/participants/{id}. */
@Path("/api/v1/trips/{tripId}/participants")
@Tag(name = "Participants")
@Exchange(noun = "participant", plural = "participants", items = ParticipantResource.class,
        creation = "Names an existing person (personId) or records a new one (person). Answers 201 with the "
        + "participation's own address (/api/v1/participants/{id}); a person takes part in a trip "
        + "once (409 otherwise).")
public class TripParticipantsResource
        extends TripRecordsResource<ParticipantInput, ParticipantView, ParticipantService, ParticipantFilter> {

    /** Public profiles, for everyone who may see the trip's people. */
    @Override
    @RolesAllowed({Roles.ORGANISER, Roles.PARTNER, Roles.PARTICIPANT})
    public RestResponse<Page<ParticipantView>> list(String tripId, UriInfo uriInfo) {
        return super.list(tripId, uriInfo);
    }
}
