package org.studytrip.session;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.studytrip.common.security.Roles;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.studytrip.common.web.MergePatcher;
import org.studytrip.common.web.Preconditions;
import org.studytrip.common.web.Responses;

@Path(SessionResource.PATH)
@Tag(name = "Sessions", description = "The programme of a trip: lectures, dialogues, site visits and the rest, "
        + "with times in the trip's zone.")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    static final String PATH = "/api/v1/sessions";

    private final SessionService service;

    SessionResource(SessionService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    @Path("{id}")
    @Operation(summary = "Get a session", description = "Answers with an ETag; send it back as If-None-Match to get "
            + "304 when nothing changed, or as If-Match to change the session.")
    public RestResponse<SessionView> getSession(@RestPath String id, @RestHeader("If-None-Match") String ifNoneMatch) {
        return Responses.read(ifNoneMatch, service.get(id));
    }

    @PUT
    @RolesAllowed(Roles.ORGANISER)
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a session", description = "Replaces every field; omitted optional fields are "
            + "removed. Requires If-Match with the current ETag.")
    public RestResponse<SessionView> updateSession(@RestPath String id, @RestHeader("If-Match") String ifMatch,
            @NotNull @Valid SessionInput body) {
        return Responses.written(service.replace(id, Preconditions.ifMatch(ifMatch), body));
    }

    @PATCH
    @RolesAllowed(Roles.ORGANISER)
    @Path("{id}")
    @Consumes(MergePatcher.MEDIA_TYPE)
    @Operation(summary = "Change some fields of a session (JSON Merge Patch)", description = "RFC 7396: send only "
            + "what changes, null removes an optional field; the result is checked like a replacement. Requires If-Match.")
    public RestResponse<SessionView> patchSession(@RestPath String id, @RestHeader("If-Match") String ifMatch, String body)
            throws JsonProcessingException {
        return Responses.written(service.patch(id, Preconditions.ifMatch(ifMatch), body));
    }

    @DELETE
    @RolesAllowed(Roles.ORGANISER)
    @Path("{id}")
    @Operation(summary = "Delete a session", description = "Requires If-Match. To tell delegates that a session will "
            + "not take place, set its status to cancelled instead.")
    public RestResponse<Void> deleteSession(@RestPath String id, @RestHeader("If-Match") String ifMatch) {
        service.delete(id, Preconditions.ifMatch(ifMatch));
        return Responses.deleted();
    }
}
