package org.studytrip.trip;

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
import org.studytrip.common.web.ApiEnums;
import org.studytrip.common.web.ListParameters;
import org.studytrip.common.web.MergePatcher;
import org.studytrip.common.web.Page;
import org.studytrip.common.web.Preconditions;
import org.studytrip.common.web.QueryValues;
import org.studytrip.common.web.Responses;

@Path("/api/v1/trips")
@Tag(name = "Trips", description = "Editions of the programme: dates, host country and zone, organiser, topics and sending organisations.")
@Produces(MediaType.APPLICATION_JSON)
public class TripResource {

    private final TripService service;

    TripResource(TripService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    @Operation(summary = "List trips", description = "Filter by year, status, topic (code), sending city (code), "
            + "organisation (id, as organiser or sender) or text; sortable by code, title, startDate, status, "
            + "createdAt, updatedAt. Newest first by default.")
    public RestResponse<Page<TripView>> listTrips(@BeanParam ListParameters list,
            @RestQuery @Parameter(description = "Year the trip starts in.", example = "2025", schema = @Schema(
                    type = SchemaType.INTEGER, format = "int32", minimum = "1900", maximum = "2200")) String year,
            @RestQuery @Parameter(description = "Status.", schema = @Schema(implementation = TripStatus.class)) String status,
            @RestQuery @Parameter(description = "Code of a topic of the trip.", example = "urban-resilience",
                    schema = @Schema(maxLength = 64, pattern = "^[a-z0-9-]+$")) String topic,
            @RestQuery @Parameter(description = "Code of a city a sending local government belongs to.",
                    example = "shenzhen", schema = @Schema(maxLength = 64, pattern = "^[a-z0-9-]+$")) String city,
            @RestQuery @Parameter(description = "Id of an organisation that organises the trip or sends delegates.",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) String organisation,
            @Context UriInfo uriInfo) {
        var filter = new TripService.Filter(QueryValues.integer("year", year, 1900, 2200),
                ApiEnums.parse(TripStatus.class, "status", status), topic, city,
                QueryValues.uuid("organisation", organisation), list.text());
        return Responses.page(uriInfo, service.list(filter, list.pageRequest(), list.sort));
    }

    @GET
    @PermitAll
    @Path("{id}")
    @Operation(summary = "Get a trip", description = "Answers with an ETag; send it back as If-None-Match to get 304 when nothing changed, or as If-Match to change the trip.")
    public RestResponse<TripView> getTrip(@RestPath String id, @RestHeader("If-None-Match") String ifNoneMatch) {
        return Responses.read(ifNoneMatch, service.get(id));
    }

    @POST
    @RolesAllowed(Roles.ORGANISER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a trip", description = "The server assigns the id; the code must be unused. Answers 201 with Location and ETag.")
    public RestResponse<TripView> createTrip(@NotNull @Valid TripInput body, @Context UriInfo uriInfo) {
        return Responses.created(uriInfo, service.create(body));
    }

    @PUT
    @RolesAllowed(Roles.ORGANISER)
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a trip", description = "Replaces every field; omitted optional fields are removed. Requires If-Match with the current ETag.")
    public RestResponse<TripView> updateTrip(@RestPath String id, @RestHeader("If-Match") String ifMatch,
            @NotNull @Valid TripInput body) {
        return Responses.written(service.replace(id, Preconditions.ifMatch(ifMatch), body));
    }

    @PATCH
    @RolesAllowed(Roles.ORGANISER)
    @Path("{id}")
    @Consumes(MergePatcher.MEDIA_TYPE)
    @Operation(summary = "Change some fields of a trip (JSON Merge Patch)", description = "RFC 7396: send only what changes, null removes an optional field; the result is checked like a replacement. Requires If-Match.")
    public RestResponse<TripView> patchTrip(@RestPath String id, @RestHeader("If-Match") String ifMatch, String body)
            throws JsonProcessingException {
        return Responses.written(service.patch(id, Preconditions.ifMatch(ifMatch), body));
    }

    @DELETE
    @RolesAllowed(Roles.ORGANISER)
    @Path("{id}")
    @Operation(summary = "Delete a trip", description = "Requires If-Match. A trip with sessions or participants "
            + "answers 409 unless cascade=true, which deletes them with it (the people stay recorded). A trip that a "
            + "later edition builds on cannot be deleted.")
    public RestResponse<Void> deleteTrip(@RestPath String id, @RestHeader("If-Match") String ifMatch,
            @RestQuery @Parameter(description = "Also delete the trip's sessions and participants.",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) String cascade) {
        service.delete(id, Preconditions.ifMatch(ifMatch), QueryValues.bool("cascade", cascade));
        return Responses.deleted();
    }
}
