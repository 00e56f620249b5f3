package org.studytrip.participant.roster;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.studytrip.common.exchange.Kind;
import org.studytrip.common.exchange.Kind.OperationKind;
import org.studytrip.common.idempotency.Idempotent;
import org.studytrip.common.privacy.PersonalData;
import org.studytrip.common.problem.ProblemException;
import org.studytrip.common.security.Roles;
import org.studytrip.common.web.QueryValues;
import org.studytrip.programme.ExportParameters;

/** A trip's roster as a CSV file that spreadsheet programs open: exported, and imported by organisers. */
@Path("/api/v1/trips/{tripId}")
@Tag(name = "Participants")
public class TripRosterResource {

    private final RosterService service;

    TripRosterResource(RosterService service) {
        this.service = service;
    }

    @GET
    @Path("delegation.csv")
    @Produces(RosterFile.MEDIA_TYPE)
    @Kind(OperationKind.READ)
    @PersonalData
    @RolesAllowed({Roles.ORGANISER, Roles.PARTNER, Roles.PARTICIPANT})
    @Operation(summary = "Export a trip's roster as CSV", description = "One row per participant, sorted by "
            + "organisation, role and name, as a CSV file (RFC 4180, UTF-8 with a byte-order mark, so spreadsheet "
            + "programs show Chinese and Korean names; cells that a spreadsheet would run as formulas are written "
            + "behind an apostrophe). Partners and participants get the public profile columns; organisers also "
            + "contact details, and with include=protected the protected details, each person's read recorded in their "
            + "access log. The file imports again unchanged (POST).")
    @APIResponse(responseCode = "200", description = "The roster",
            content = @Content(mediaType = RosterFile.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, maxLength = 16 * 1024 * 1024)))
    public RestResponse<byte[]> exportRoster(@RestPath String tripId,
            @RestQuery @Parameter(description = "protected: add the protected details (organisers only).",
                    schema = @Schema(type = SchemaType.STRING, enumeration = "protected")) String include,
            @BeanParam ExportParameters export) {
        if (include != null && !include.equals("protected")) {
            throw ProblemException.invalidField("include", "unknown-value", "must be protected");
        }
        return service.export(tripId, include != null, export.language(), export.ifNoneMatch);
    }

    @POST
    @Path("delegation.csv")
    @Idempotent
    @Kind(OperationKind.IMPORT)
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Import a trip's roster from CSV", description = "The columns of the export (familyName, "
            + "givenName and role required; organisation by its code; languages separated by semicolons). Each row "
            + "is matched to a participant of the trip by participantId, else e-mail, else name and organisation, and "
            + "changes only the columns the file has, where they differ; other rows add participants (a known "
            + "person, by e-mail, is added rather than recorded twice). With dryRun=true nothing is written and the "
            + "answer lists every problem by row (1 is the header) and column; without it the import is all or "
            + "nothing: any problem is a 400 listing them all as errors (field rows[3].email). Importing a file again "
            + "changes nothing.")
    @RequestBody(content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, maxLength = 262144)))
    @APIResponse(responseCode = "200", description = "What the import did, or would do",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RosterImportReport.class)))
    public RosterImportReport importRoster(@RestPath String tripId,
            @RestQuery @Parameter(description = "true: check and report only, write nothing.",
                    schema = @Schema(type = SchemaType.BOOLEAN)) String dryRun,
            String file) throws JsonProcessingException {
        return service.importRoster(tripId, file == null ? "" : file, QueryValues.bool("dryRun", dryRun));
    }
}
