package org.studytrip.session;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;
import org.studytrip.common.problem.ProblemException;
import org.studytrip.common.validation.StorableDate;
import org.studytrip.common.web.ApiEnums;
import org.studytrip.common.web.ListDescription;
import org.studytrip.common.web.ListParameters;
import org.studytrip.common.web.QueryValues;

/** What a list of a trip's sessions may be narrowed to; a filter that is absent is not applied. */
@ListDescription("In start order by default. Filter by day (in the trip's zone), topic (code), expert (id), venue "
        + "(id), status or text; sortable by startsAt, title, type, status, updatedAt.")
public class SessionFilter extends ListParameters {

    @RestQuery
    @Parameter(description = "A day of the trip, in the trip's zone.", example = "2025-10-14",
            schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10))
    public String date;

    @RestQuery
    @Parameter(description = "Code of a topic of the session.", example = "urban-resilience",
            schema = @Schema(maxLength = 64, pattern = "^[a-z0-9-]+$"))
    public String topic;

    @RestQuery
    @Parameter(description = "Id of an expert of the session.",
            schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
    public String expert;

    @RestQuery
    @Parameter(description = "Id of the venue.", schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
    public String venue;

    @RestQuery
    @Parameter(description = "Status.", schema = @Schema(implementation = SessionStatus.class))
    public String status;

    LocalDate date() {
        try {
            LocalDate day = date == null || date.isEmpty() ? null : LocalDate.parse(date);
            if (day != null && !StorableDate.Years.storable(day.getYear())) {
                throw ProblemException.invalidField("date", "out-of-range", "must lie between the years 1000 and 9999");
            }
            return day;
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField("date", "invalid-value", "must be a date such as 2025-10-14");
        }
    }

    UUID expert() {
        return QueryValues.uuid("expert", expert);
    }

    UUID venue() {
        return QueryValues.uuid("venue", venue);
    }

    SessionStatus status() {
        return ApiEnums.parse(SessionStatus.class, "status", status);
    }
}
