package org.studytrip.session.venue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;
import org.studytrip.common.web.ListDescription;
import org.studytrip.common.web.ListParameters;

/** What a list of venues may be narrowed to; a filter that is absent is not applied. */
@ListDescription("Filter by city (code) or text in names and addresses; sortable by name, createdAt, updatedAt.")
public class VenueFilter extends ListParameters {

    @RestQuery
    @Parameter(description = "Code of the city the venue lies in.", example = "shenzhen",
            schema = @Schema(maxLength = 64, pattern = "^[a-z0-9-]+$"))
    public String city;
}
