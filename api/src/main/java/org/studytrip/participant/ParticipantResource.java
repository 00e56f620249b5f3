package org.studytrip.participant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.studytrip.common.exchange.Exchange;
import org.studytrip.common.exchange.ItemResource;
import org.studytrip.common.security.Roles;

@Path("/api/v1/participants")
@Tag(name = "Participants", description = "People's parts in a trip: role, position and sending organisation, "
        + "with public profiles only.")
@Exchange(noun = "participation", onDelete = "The person stays recorded.")
public class ParticipantResource extends ItemResource<ParticipantInput, ParticipantView, ParticipantService> {

    @Override
    @RolesAllowed({Roles.ORGANISER, Roles.PARTNER, Roles.PARTICIPANT})
    public RestResponse<ParticipantView> get(String id, String ifNoneMatch) {
        return super.get(id, ifNoneMatch);
    }
}
