package org.studytrip.organisation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;
import org.studytrip.common.web.ApiEnums;
import org.studytrip.common.web.ListDescription;
import org.studytrip.common.web.CatalogueFilter;
import org.studytrip.common.web.Criteria;
import org.studytrip.common.web.Sorting;

/** What a list of organisations may be narrowed to; a filter that is absent is not applied. */
@ListDescription("Filter by type, country, city (code) or text; sortable by code, name, type, country, createdAt, "
        + "updatedAt.")
public class OrganisationFilter extends CatalogueFilter {

    private static final Sorting SORTING = Sorting.by("code",
            "code", "name:name.en", "type", "country", "createdAt", "updatedAt");

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

    @Override
    public Criteria criteria() {
        return new Criteria()
                .equal("type", type())
                .equal("country", country)
                .equal("city.code", city)
                .contains(text(), "code", "name.en", "name.zh", "name.ko");
    }

    @Override
    public Sorting sorting() {
        return SORTING;
    }
}
