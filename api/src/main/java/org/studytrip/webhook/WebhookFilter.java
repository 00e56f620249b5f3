package org.studytrip.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;
import org.studytrip.common.web.CatalogueFilter;
import org.studytrip.common.web.Criteria;
import org.studytrip.common.web.ListDescription;
import org.studytrip.common.web.QueryValues;
import org.studytrip.common.web.Sorting;

@ListDescription("Filter by partner organisation (id) or text in the address and description; sortable by url, "
        + "createdAt, updatedAt.")
public class WebhookFilter extends CatalogueFilter {

    private static final Sorting SORTING = Sorting.by("url", "url", "createdAt", "updatedAt");

    @RestQuery
    @Parameter(description = "Id of the partner organisation.", schema = @Schema(format = "uuid", maxLength = 36))
    public String organisation;

    @Override
    public Criteria criteria() {
        return new Criteria()
                .equal("organisation.id", QueryValues.uuid("organisation", organisation))
                .contains(text(), "url", "description");
    }

    @Override
    public Sorting sorting() {
        return SORTING;
    }
}
