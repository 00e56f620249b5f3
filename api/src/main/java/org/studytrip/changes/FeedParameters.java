package org.studytrip.changes;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;
import org.studytrip.common.web.ApiEnums;
import org.studytrip.common.web.QueryValues;

/** Where a feed page starts, how long it is, and which records it carries; read as text, a 400 naming a bad one. */
public class FeedParameters {

    static final int MAX_LIMIT = 100;
    private static final int DEFAULT_LIMIT = 100;

    @RestQuery
    @Parameter(description = "The next of the page last read; without it the feed starts at the oldest change kept.",
            schema = @Schema(type = SchemaType.STRING, maxLength = 200, pattern = "^[A-Za-z0-9_-]+$"))
    public String after;

    @RestQuery
    @Parameter(description = "Most changes per page, 1 to 100.", schema = @Schema(type = SchemaType.INTEGER,
            format = "int32", minimum = "1", maximum = "100", defaultValue = "100"))
    public String limit;

    @RestQuery
    @Parameter(description = "Only these types, comma-separated (trip, session, venue, expert, topic, organisation, "
            + "city, participant, person); by default all that the caller may see.", schema = @Schema(
            type = SchemaType.STRING, maxLength = 200, pattern = "^[a-z]+(,[a-z]+)*$", examples = "session,venue"))
    public String types;

    ChangeCursor cursor() {
        return ChangeCursor.parse("after", after);
    }

    int limit() {
        return Objects.requireNonNullElse(QueryValues.integer("limit", limit, 1, MAX_LIMIT), DEFAULT_LIMIT);
    }

    /** The types asked for; every type when none is named. */
    Set<ChangeType> types() {
        if (types == null || types.isEmpty()) {
            return EnumSet.allOf(ChangeType.class);
        }
        Set<ChangeType> asked = EnumSet.noneOf(ChangeType.class);
        Arrays.stream(types.split(",", -1)).forEach(type -> asked.add(
                Objects.requireNonNull(ApiEnums.parse(ChangeType.class, "types", type.isEmpty() ? "-" : type))));
        return asked;
    }
}
