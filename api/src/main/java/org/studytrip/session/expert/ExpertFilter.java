package org.studytrip.session.expert;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;
import org.studytrip.common.web.ListDescription;
import org.studytrip.common.web.CatalogueFilter;
import org.studytrip.common.web.Criteria;
import org.studytrip.common.web.Sorting;
import org.studytrip.common.web.QueryValues;

/** What a list of experts may be narrowed to; a filter that is absent is not applied. */
@ListDescription("Filter by organisation (id), topic (code) or text in names; sortable by name, createdAt, "
        + "updatedAt.")
public class ExpertFilter extends CatalogueFilter {

    @RestQuery
    @Parameter(description = "Id of the expert's organisation.",
            schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
    public String organisation;

    @RestQuery
    @Parameter(description = "Code of a topic of the expert.", example = "urban-resilience",
            schema = @Schema(maxLength = 64, pattern = "^[a-z0-9-]+$"))
    public String topic;

    UUID organisation() {
        return QueryValues.uuid("organisation", organisation);
    }

    @Override
    public Criteria criteria() {
        return new Criteria()
                .equal("organisation.id", organisation())
                .where("id in (select e.id from Expert e join e.topics topic where topic.code = :value)", topic)
                .contains(text(), "name.en", "name.zh", "name.ko");
    }

    @Override
    public Sorting sorting() {
        return Sorting.BY_NAME;
    }
}
