package org.studytrip.participant;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;
import org.studytrip.common.web.ApiEnums;
import org.studytrip.common.web.ListDescription;
import org.studytrip.common.web.ListParameters;
import org.studytrip.common.web.QueryValues;

/** What a list of a trip's participants may be narrowed to; a filter that is absent is not applied. */
@ListDescription("Public profiles only. Filter by sending organisation (id), city (code), role or text in names; "
        + "sortable by familyName, role, createdAt, updatedAt.")
public class ParticipantFilter extends ListParameters {

    @RestQuery
    @Parameter(description = "Id of the sending organisation.",
            schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
    public String organisation;

    @RestQuery
    @Parameter(description = "Code of the city of the sending local government.", example = "shenzhen",
            schema = @Schema(maxLength = 64, pattern = "^[a-z0-9-]+$"))
    public String city;

    @RestQuery
    @Parameter(description = "Role in the delegation.", schema = @Schema(implementation = DelegationRole.class))
    public String role;

    UUID organisation() {
        return QueryValues.uuid("organisation", organisation);
    }

    DelegationRole role() {
        return ApiEnums.parse(DelegationRole.class, "role", role);
    }
}
