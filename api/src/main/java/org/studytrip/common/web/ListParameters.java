package org.studytrip.common.web;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;
import org.studytrip.common.problem.ProblemException;

/**
 * Paging, sorting and text search shared by the list operations of resources. Read as text and checked by
 * {@link PageRequest} and {@link Sorting}, so that a bad value gets a 400 problem naming the parameter.
 */
public class ListParameters extends PageParameters {

    @RestQuery
    @Parameter(description = "Comma-separated fields, each optionally prefixed with '-' for descending order.",
            schema = @Schema(type = SchemaType.STRING, maxLength = 200, pattern = "^-?[a-zA-Z]+(,-?[a-zA-Z]+)*$"),
            example = "code")
    public String sort;

    @RestQuery
    @Parameter(description = "Text that names contain, in any language.",
            schema = @Schema(type = SchemaType.STRING, maxLength = 200), example = "shen")
    public String q;

    public String text() {
        if (q != null && q.length() > 200) {
            throw ProblemException.invalidField("q", "size", "must be at most 200 characters");
        }
        return q;
    }
}
