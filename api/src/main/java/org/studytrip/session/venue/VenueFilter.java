package org.studytrip.session.venue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;
import org.studytrip.common.web.ListDescription;
import org.studytrip.common.web.CatalogueFilter;
import org.studytrip.common.web.Criteria;
import org.studytrip.common.web.Sorting;

/** What a list of venues may be narrowed to; a filter that is absent is not applied. */
@ListDescription("Filter by city (code) or text in names and addresses; sortable by name, createdAt, updatedAt.")
public class VenueFilter extends CatalogueFilter {

    @RestQuery
    @Parameter(description = "Code of the city the venue lies in.", example = "shenzhen",
            schema = @Schema(maxLength = 64, pattern = "^[a-z0-9-]+$"))
    public String city;

    @Override
    public Criteria criteria() {
        return new Criteria()
                .equal("city.code", city)
                .contains(text(), "name.en", "name.zh", "name.ko", "addressLocal", "addressEn", "place.en", "place.ko");
    }

    @Override
    public Sorting sorting() {
        return Sorting.BY_NAME;
    }
}
