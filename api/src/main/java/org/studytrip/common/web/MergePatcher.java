package org.studytrip.common.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonPointer;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Optional;
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

    /**
     * The merge patch that gives {@code current} the values {@code wanted} has at {@code fields} (JSON pointers such as
     * {@code /contact/email}), or nothing when it has them already: a caller that applies only what differs writes
     * nothing, and bumps no version, for an input that changes nothing.
     */
    public <T> Optional<String> towards(T current, T wanted, Collection<String> fields) throws JsonProcessingException {
        JsonObject from = parse(mapper.writeValueAsString(current)).asJsonObject();
        JsonObject want = parse(mapper.writeValueAsString(wanted)).asJsonObject();
        JsonStructure target = from;
        for (String field : fields) {
            JsonPointer pointer = Json.createPointer(field);
            if (holds(want, pointer)) {
                target = withParents(target, field);
                target = holds(target, pointer) ? pointer.replace(target, pointer.getValue(want))
                        : pointer.add(target, pointer.getValue(want));
            } else if (holds(target, pointer)) {
                target = pointer.remove(target);
            }
        }
        JsonValue patch = Json.createMergeDiff(from, target).toJsonValue();
        return patch.asJsonObject().isEmpty() ? Optional.empty() : Optional.of(patch.toString());
    }

    /** Whether the value is there; a missing object on the way means it is not (JSON-P would throw). */
    private static boolean holds(JsonStructure structure, JsonPointer pointer) {
        try {
            return pointer.containsValue(structure);
        } catch (JsonException missingParent) {
            return false;
        }
    }

    /** The structure with the objects that hold {@code field} added where missing (a null nested record is absent). */
    private static JsonStructure withParents(JsonStructure structure, String field) {
        JsonStructure result = structure;
        for (int slash = field.indexOf('/', 1); slash > 0; slash = field.indexOf('/', slash + 1)) {
            JsonPointer parent = Json.createPointer(field.substring(0, slash));
            if (!holds(result, parent)) {
                result = parent.add(result, JsonValue.EMPTY_JSON_OBJECT);
            }
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
