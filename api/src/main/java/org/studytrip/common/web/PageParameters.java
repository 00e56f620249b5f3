package org.studytrip.common.web;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** Paging of every list; read as text and checked by {@link PageRequest}, so a bad value is a 400 naming it. */
public class PageParameters {

    @RestQuery
    @Parameter(description = "Zero-based page index.", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
            minimum = "0", maximum = "10000000", defaultValue = "0"))
    public String page;

    @RestQuery
    @Parameter(description = "Items per page, 1 to 100.", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
            minimum = "1", maximum = "100", defaultValue = "20"))
    public String size;

    public PageRequest pageRequest() {
        return PageRequest.of(page, size);
    }
}
