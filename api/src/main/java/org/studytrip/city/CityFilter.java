package org.studytrip.city;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;
import org.studytrip.common.web.ApiEnums;
import org.studytrip.common.web.ListDescription;
import org.studytrip.common.web.CatalogueFilter;
import org.studytrip.common.web.Criteria;
import org.studytrip.common.web.Sorting;

/** What a list of cities may be narrowed to; a filter that is absent is not applied. */
@ListDescription("Filter by province, level, country or text; sortable by code, name, province, level, country, "
        + "createdAt, updatedAt.")
public class CityFilter extends CatalogueFilter {

    private static final Sorting SORTING = Sorting.by("code",
            "code", "name:name.en", "province:province.en", "level", "country", "createdAt", "updatedAt");

    @RestQuery
    @Parameter(description = "Province name in any language.", example = "Guangdong", schema = @Schema(maxLength = 200))
    public String province;

    @RestQuery
    @Parameter(description = "Administrative level.", schema = @Schema(implementation = AdministrativeLevel.class))
    public String level;

    @RestQuery
    @Parameter(description = "ISO 3166-1 alpha-2 country code.", example = "CN",
            schema = @Schema(maxLength = 2, pattern = "^[A-Z]{2}$"))
    public String country;

    AdministrativeLevel level() {
        return ApiEnums.parse(AdministrativeLevel.class, "level", level);
    }

    @Override
    public Criteria criteria() {
        return new Criteria()
                .where("(province.en = :value or province.zh = :value or province.ko = :value)", province)
                .equal("level", level())
                .equal("country", country)
                .contains(text(), "code", "name.en", "name.zh", "name.ko");
    }

    @Override
    public Sorting sorting() {
        return SORTING;
    }
}
