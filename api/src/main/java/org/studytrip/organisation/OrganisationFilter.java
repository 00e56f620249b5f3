package org.studytrip.organisation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;
import org.studytrip.common.web.ApiEnums;
import org.studytrip.common.web.ListDescription;
import org.studytrip.common.web.ListParameters;

/** What a list of organisations may be narrowed to; a filter that is absent is not applied. */
@ListDescription("Filter by type, country, city (code) or text; sortable by code, name, type, country, createdAt, "
        + "updatedAt.")
public class OrganisationFilter extends ListParameters {

    @RestQuery
    @Parameter(description = "Kind of organisation.", schema = @Schema(implementation = OrganisationType.class))
    public String type;

    @RestQuery
    @Parameter(description = "ISO 3166-1 alpha-2 country code.", example = "CN",
            schema = @Schema(maxLength = 2, pattern = "^[A-Z]{2}$"))
    public String country;

    @RestQuery
    @Parameter(description = "Code of the city of a local government.", example = "shenzhen",
            schema = @Schema(maxLength = 64, pattern = "^[a-z0-9-]+$"))
    public String city;

    OrganisationType type() {
        return ApiEnums.parse(OrganisationType.class, "type", type);
    }
}
