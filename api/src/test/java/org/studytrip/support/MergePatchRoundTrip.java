package org.studytrip.support;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * An empty merge patch writes a record back as it is: every field of the input must survive the way from entity to
 * input (what a patch applies to) and back, so a field that a mapping leaves out shows as a changed record. The body
 * must set every field the contract's input has (but those only creation reads), so a new field cannot slip by.
 * A write that changes nothing also keeps the version, so clients holding the ETag see no change where there was
 * none (unless the resource re-encrypts on every write, which makes a new version by design).
 */
public final class MergePatchRoundTrip {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MergePatchRoundTrip() {
    }

    /** Creates the record at {@code collection}, patches it with {} at {@code itemsPath/id}, and compares. */
    public static void check(String collection, String itemsPath, ObjectNode fullBody, List<String> writeOnlyFields,
            boolean keepsVersion) {
        for (String field : inputFields(itemsPath)) {
            assertTrue(writeOnlyFields.contains(field) || fullBody.hasNonNull(field),
                    "the full body must set every input field, so that the round trip tests it: " + field + " is missing");
        }
        String item = itemsPath + "/" + given().contentType("application/json").body(fullBody.toString())
                .post(collection).then().statusCode(201).extract().path("id");
        ObjectNode before = read(item);
        given().header("If-Match", "\"" + before.get("version").asLong() + "\"")
                .contentType("application/merge-patch+json").body("{}")
                .patch(item).then().statusCode(200);
        ObjectNode after = read(item);
        if (keepsVersion) {
            assertEquals(before.get("version"), after.get("version"), "a write that changed nothing made a new version");
        }
        for (ObjectNode record : List.of(before, after)) {
            record.remove(List.of("version", "updatedAt"));
        }
        assertEquals(before, after, "an empty merge patch changed the record");
    }

    private static ObjectNode read(String item) {
        try {
            return (ObjectNode) JSON.readTree(given().get(item).then().statusCode(200).extract().asString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The properties of the input that the contract declares for a PUT of the item. */
    private static List<String> inputFields(String itemsPath) {
        try {
            JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(ContractValidation.COMMITTED_CONTRACT.toFile());
            String ref = contract.at(JsonPointer.compile("/paths/" + (itemsPath + "/{id}").replace("/", "~1")
                    + "/put/requestBody/content/application~1json/schema/$ref")).asText();
            JsonNode input = contract.at("/components/schemas/" + ref.substring(ref.lastIndexOf('/') + 1) + "/properties");
            assertFalse(input.isMissingNode(), "the contract has no input for " + itemsPath);
            List<String> fields = new ArrayList<>();
            input.fieldNames().forEachRemaining(fields::add);
            return fields;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
