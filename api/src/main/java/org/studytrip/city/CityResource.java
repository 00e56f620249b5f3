package org.studytrip.city;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.studytrip.common.web.ApiEnums;
import org.studytrip.common.web.ListParameters;
import org.studytrip.common.web.MergePatcher;
import org.studytrip.common.web.Page;
import org.studytrip.common.web.Preconditions;
import org.studytrip.common.web.Responses;

@Path("/api/v1/cities")
@Tag(name = "Cities", description = "Local governments' places that send delegates, with their home time zone.")
@Produces(MediaType.APPLICATION_JSON)
public class CityResource {

    private final CityService service;

    CityResource(CityService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    @Operation(summary = "List cities", description = "Filter by province, level, country or text; sortable by "
            + "code, name, province, level, country, createdAt, updatedAt.")
    public RestResponse<Page<CityView>> listCities(@BeanParam ListParameters list,
            @RestQuery @Parameter(description = "Province name in any language.", example = "Guangdong",
                    schema = @Schema(maxLength = 200)) String province,
            @RestQuery @Parameter(description = "Administrative level.", schema = @Schema(implementation = AdministrativeLevel.class))
            String level,
            @RestQuery @Parameter(description = "ISO 3166-1 alpha-2 country code.", example = "CN",
                    schema = @Schema(maxLength = 2, pattern = "^[A-Z]{2}$")) String country,
            @Context UriInfo uriInfo) {
        var filter = new CityService.Filter(province, ApiEnums.parse(AdministrativeLevel.class, "level", level), country,
                list.text());
        return Responses.page(uriInfo, service.list(filter, list.pageRequest(), list.sort));
    }

    @GET
    @PermitAll
    @Path("{id}")
    @Operation(summary = "Get a city", description = "Answers with an ETag; send it back as If-None-Match to get 304 when nothing changed, or as If-Match to change the city.")
    public RestResponse<CityView> getCity(@RestPath String id, @RestHeader("If-None-Match") String ifNoneMatch) {
        return Responses.read(ifNoneMatch, service.get(id));
    }

    @POST
    @RolesAllowed(Roles.ORGANISER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a city", description = "The server assigns the id; the code must be unused. Answers 201 with Location and ETag.")
    public RestResponse<CityView> createCity(@NotNull @Valid CityInput body, @Context UriInfo uriInfo) {
        return Responses.created(uriInfo, service.create(body));
    }

    @PUT
    @RolesAllowed(Roles.ORGANISER)
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a city", description = "Replaces every field; omitted optional fields are removed. Requires If-Match with the current ETag.")
    public RestResponse<CityView> updateCity(@RestPath String id, @RestHeader("If-Match") String ifMatch,
            @NotNull @Valid CityInput body) {
        return Responses.written(service.replace(id, Preconditions.ifMatch(ifMatch), body));
    }

    @PATCH
    @RolesAllowed(Roles.ORGANISER)
    @Path("{id}")
    @Consumes(MergePatcher.MEDIA_TYPE)
    @Operation(summary = "Change some fields of a city (JSON Merge Patch)", description = "RFC 7396: send only what changes, null removes an optional field; the result is checked like a replacement. Requires If-Match.")
    public RestResponse<CityView> patchCity(@RestPath String id, @RestHeader("If-Match") String ifMatch, String body)
            throws JsonProcessingException {
        return Responses.written(service.patch(id, Preconditions.ifMatch(ifMatch), body));
    }

    @DELETE
    @RolesAllowed(Roles.ORGANISER)
    @Path("{id}")
    @Operation(summary = "Delete a city", description = "Requires If-Match. Answers 409 naming what still refers to the city.")
    public RestResponse<Void> deleteCity(@RestPath String id, @RestHeader("If-Match") String ifMatch) {
        service.delete(id, Preconditions.ifMatch(ifMatch));
        return Responses.deleted();
    }
}
