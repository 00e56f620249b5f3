package org.studytrip.person.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.studytrip.common.exchange.Kind;
import org.studytrip.common.exchange.Kind.OperationKind;
import org.studytrip.common.privacy.PersonalData;
import org.studytrip.common.security.Roles;
import org.studytrip.common.web.Responses;

/** The right of access and portability: everything recorded about a person, as one document. */
@Path("/api/v1/people/{id}/export")
@Tag(name = "People")
@PersonalData
public class PersonExportResource {

    private final PersonExportService exports;

    PersonExportResource(PersonExportService exports) {
        this.exports = exports;
    }

    @GET
    @Kind(OperationKind.READ)
    @RolesAllowed({Roles.ORGANISER, Roles.PARTICIPANT})
    @Operation(summary = "Export everything recorded about a person", description = "The person's record with all three "
            + "tiers, every participation and its consent decisions, as one JSON document (right of access and "
            + "portability). The ETag changes when any part does.")
    public RestResponse<PersonExport> exportPerson(@RestPath String id, @RestHeader("If-None-Match") String ifNoneMatch) {
        return Responses.read(ifNoneMatch, exports.export(id));
    }
}
