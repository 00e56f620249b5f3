package org.studytrip.evaluation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.studytrip.common.exchange.Kind;
import org.studytrip.common.exchange.Kind.OperationKind;
import org.studytrip.common.idempotency.Idempotent;
import org.studytrip.common.privacy.PersonalData;
import org.studytrip.common.security.Roles;
import org.studytrip.common.web.AggregateTag;
import org.studytrip.common.web.CsvFile;
import org.studytrip.common.web.Representation;
import org.studytrip.common.web.Responses;

/** A delegate's evaluation of the whole trip, and the trip's evaluations summed up and exported. */
@Path("/api/v1/trips/{tripId}")
@Tag(name = "Evaluations")
@PersonalData
public class TripEvaluationsResource {

    private final EvaluationService service;

    TripEvaluationsResource(EvaluationService service) {
        this.service = service;
    }

    @POST
    @Path("evaluations")
    @Idempotent
    @Kind(value = OperationKind.SUBMIT, belowParent = true)
    @RolesAllowed(Roles.PARTICIPANT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Evaluate a trip", description = "By one of its delegates, from the trip's last day (409 "
            + "evaluation-not-open before). Sending again replaces the delegate's evaluation.")
    public RestResponse<EvaluationView> evaluateTrip(@RestPath String tripId, @NotNull @Valid EvaluationInput body) {
        return RestResponse.ok(service.evaluateTrip(tripId, body));
    }

    @GET
    @Path("evaluation-report")
    @Kind(value = OperationKind.READ, belowParent = true)
    @RolesAllowed({Roles.ORGANISER, Roles.PARTNER})
    @Operation(summary = "Get a trip's evaluations summed up", description = "For the whole trip and each session "
            + "(cancelled ones aside): how many, the mean, how many gave each rating. Organisers also get the "
            + "comments, with their authors only where signed; partners the numbers only.")
    public RestResponse<EvaluationReport> getEvaluationReport(@RestPath String tripId,
            @RestHeader("If-None-Match") String ifNoneMatch) {
        return Responses.read(ifNoneMatch, service.report(tripId));
    }

    @GET
    @Path("evaluations.csv")
    @Produces(CsvFile.MEDIA_TYPE)
    @Kind(OperationKind.READ)
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Export a trip's evaluations as CSV", description = "One row per evaluation, oldest first: "
            + "trip or session, title, start, rating, comment and its language, and the author where signed (RFC 4180, "
            + "UTF-8 with a byte-order mark; formula cells neutralised).")
    @APIResponse(responseCode = "200", description = "The evaluations",
            content = @Content(mediaType = CsvFile.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, maxLength = 64 * 1024 * 1024)))
    public RestResponse<byte[]> exportEvaluations(@RestPath String tripId, @RestHeader("If-None-Match") String ifNoneMatch) {
        byte[] file = service.export(tripId);
        String tag = new AggregateTag().add(new String(file, StandardCharsets.UTF_8)).value();
        return Representation.answerOnce(tag, CsvFile.MEDIA_TYPE, null, ifNoneMatch, () -> file).response();
    }
}
