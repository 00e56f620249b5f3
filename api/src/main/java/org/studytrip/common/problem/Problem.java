package org.studytrip.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, with a stable machine {@code code} that clients translate. */
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json).")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @NotNull @Size(max = 200) @Schema(examples = "/problems/validation-failed") String type,
        @NotNull @Size(max = 200) @Schema(examples = "Validation failed") String title,
        @NotNull @Min(100) @Max(599) @Schema(examples = "400") int status,
        @NotNull @Size(max = 2000) @Schema(examples = "The request has 1 invalid field.") String detail,
        @NotNull @Size(max = 64) @Schema(examples = "validation-failed") String code,
        @NotNull @Size(max = 100) List<FieldError> errors,
        @Size(max = 100) @Schema(description = "For in-use: what still refers to the record.") List<Referrer> references,
        @Size(max = 64) @Schema(description = "The request's id, also in the X-Request-Id header and on the service's log "
                + "lines of this request: quote it when reporting a problem.", examples = "6f1c2a9e0b3d4e5f8a7b6c5d4e3f2a1b")
        String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid part of a request: {@code field} is a JSON path into the body, or a query parameter or header name. */
    @Schema(name = "FieldError")
    public record FieldError(
            @NotNull @Size(max = 200) @Schema(examples = "name.en") String field,
            @NotNull @Size(max = 64) @Schema(examples = "required") String code,
            @NotNull @Size(max = 500) @Schema(examples = "must not be blank") String message) {
    }
}
