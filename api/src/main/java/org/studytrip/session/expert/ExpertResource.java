package org.studytrip.session.expert;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.studytrip.common.security.Roles;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.studytrip.common.web.ListParameters;
import org.studytrip.common.web.MergePatcher;
import org.studytrip.common.web.Page;
import org.studytrip.common.web.Preconditions;
import org.studytrip.common.web.QueryValues;
import org.studytrip.common.web.Responses;

@Path("/api/v1/experts")
@Tag(name = "Experts", description = "The people the delegation meets: names, titles, organisations, topics.")
@Produces(MediaType.APPLICATION_JSON)
public class ExpertResource {

    private final ExpertService service;

    ExpertResource(ExpertService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    @Operation(summary = "List experts", description = "Filter by organisation (id), topic (code) or text in names; "
            + "sortable by name, createdAt, updatedAt.")
    public RestResponse<Page<ExpertView>> listExperts(@BeanParam ListParameters list,
            @RestQuery @Parameter(description = "Id of the expert's organisation.",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) String organisation,
            @RestQuery @Parameter(description = "Code of a topic of the expert.", example = "urban-resilience",
                    schema = @Schema(maxLength = 64, pattern = "^[a-z0-9-]+$")) String topic,
            @Context UriInfo uriInfo) {
        var filter = new ExpertService.Filter(QueryValues.uuid("organisation", organisation), topic, list.text());
        return Responses.page(uriInfo, service.list(filter, list.pageRequest(), list.sort));
    }

    @GET
    @PermitAll
    @Path("{id}")
    @Operation(summary = "Get an expert", description = "Answers with an ETag; send it back as If-None-Match to get 304 when nothing changed, or as If-Match to change the expert.")
    public RestResponse<ExpertView> getExpert(@RestPath String id, @RestHeader("If-None-Match") String ifNoneMatch) {
        return Responses.read(ifNoneMatch, service.get(id));
    }

    @POST
    @RolesAllowed(Roles.ORGANISER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an expert", description = "The server assigns the id; the code must be unused. Answers 201 with Location and ETag.")
    public RestResponse<ExpertView> createExpert(@NotNull @Valid ExpertInput body, @Context UriInfo uriInfo) {
        return Responses.created(uriInfo, service.create(body));
    }

    @PUT
    @RolesAllowed(Roles.ORGANISER)
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace an expert", description = "Replaces every field; omitted optional fields are removed. Requires If-Match with the current ETag.")
    public RestResponse<ExpertView> updateExpert(@RestPath String id, @RestHeader("If-Match") String ifMatch,
            @NotNull @Valid ExpertInput body) {
        return Responses.written(service.replace(id, Preconditions.ifMatch(ifMatch), body));
    }

    @PATCH
    @RolesAllowed(Roles.ORGANISER)
    @Path("{id}")
    @Consumes(MergePatcher.MEDIA_TYPE)
    @Operation(summary = "Change some fields of an expert (JSON Merge Patch)", description = "RFC 7396: send only what changes, null removes an optional field; the result is checked like a replacement. Requires If-Match.")
    public RestResponse<ExpertView> patchExpert(@RestPath String id, @RestHeader("If-Match") String ifMatch, String body)
            throws JsonProcessingException {
        return Responses.written(service.patch(id, Preconditions.ifMatch(ifMatch), body));
    }

    @DELETE
    @RolesAllowed(Roles.ORGANISER)
    @Path("{id}")
    @Operation(summary = "Delete an expert", description = "Requires If-Match. Answers 409 naming what still refers to the expert.")
    public RestResponse<Void> deleteExpert(@RestPath String id, @RestHeader("If-Match") String ifMatch) {
        service.delete(id, Preconditions.ifMatch(ifMatch));
        return Responses.deleted();
    }
}
