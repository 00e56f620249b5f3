package org.studytrip.common.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Set;
import org.studytrip.common.problem.ProblemException;
import org.studytrip.common.problem.ProblemType;

/**
 * JSON Merge Patch (RFC 7396, applied by JSON-P): the patch is merged into the resource's current input form,
 * and the result must pass exactly the checks a full replacement (PUT) passes.
 */
@ApplicationScoped
public class MergePatcher {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private final ObjectMapper mapper;
    private final Validator validator;

    MergePatcher(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    public <T> T apply(T current, String patchBody, Class<T> inputType) throws JsonProcessingException {
        JsonValue patch = parse(patchBody);
        if (patch.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "A merge patch must be a JSON object.");
        }
        JsonValue target = parse(mapper.writeValueAsString(current));
        JsonValue merged = Json.createMergePatch(patch).apply(target);
        T result = mapper.readValue(merged.toString(), inputType);
        Set<ConstraintViolation<T>> violations = validator.validate(result);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return result;
    }

    private static JsonValue parse(String json) {
        if (json == null || json.isBlank()) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The request body is empty; send a JSON merge patch.");
        }
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        } catch (JsonException | UncheckedIOException e) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The request body is not valid JSON.");
        }
    }
}
