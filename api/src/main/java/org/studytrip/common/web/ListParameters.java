package org.studytrip.common.web;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;
import org.studytrip.common.problem.ProblemException;

/**
 * Paging and sorting parameters shared by every list operation. Read as text and checked by {@link PageRequest}
 * and {@link Sorting}, so that a bad value gets a 400 problem naming the parameter instead of a bare 404.
 */
public class ListParameters {

    @RestQuery
    @Parameter(description = "Zero-based page index.", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
            minimum = "0", maximum = "2147483647", defaultValue = "0"))
    public String page;

    @RestQuery
    @Parameter(description = "Items per page, 1 to 100.", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
            minimum = "1", maximum = "100", defaultValue = "20"))
    public String size;

    @RestQuery
    @Parameter(description = "Comma-separated fields, each optionally prefixed with '-' for descending order.",
            schema = @Schema(type = SchemaType.STRING, maxLength = 200, pattern = "^-?[a-zA-Z]+(,-?[a-zA-Z]+)*$"),
            example = "code")
    public String sort;

    @RestQuery
    @Parameter(description = "Text that names contain, in any language.",
            schema = @Schema(type = SchemaType.STRING, maxLength = 200), example = "shen")
    public String q;

    public PageRequest pageRequest() {
        return PageRequest.of(page, size);
    }

    public String text() {
        if (q != null && q.length() > 200) {
            throw ProblemException.invalidField("q", "size", "must be at most 200 characters");
        }
        return q;
    }
}
