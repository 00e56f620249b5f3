package org.studytrip.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.Executable;

/**
 * The bad-input harness every resource runs: malformed JSON, wrong types, missing and over-long fields, unknown
 * enum values and properties, server-owned fields in the body, bad paging, unknown and non-UUID ids, missing,
 * stale and garbage If-Match. Each case must get its declared 4xx problem (the contract filter checks the
 * shape) and leave the row counts of the resource's table and of its change-log entries unchanged.
 */
public final class BadInputHarness {

    /** Fields the server owns: in any write body they are refused (mass assignment), never applied or ignored. */
    private static final List<String> SERVER_OWNED = List.of("id", "version", "createdAt", "updatedAt");


    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * @param path        collection path, e.g. /api/v1/cities or /api/v1/trips/{id}/sessions
     * @param itemsPath   where items live, e.g. /api/v1/cities or /api/v1/sessions
     * @param table       the table its rows live in
     * @param entityType  how the change log names its entity
     * @param validBody   a new valid body on every call (unique codes)
     * @param required    JSON paths of required fields
     * @param maxLengths  JSON paths of string fields and their maximum length
     * @param enums       JSON paths of enum fields
     * @param hasCode     whether the resource has a unique code
     */
    public record Resource(String path, String itemsPath, String table, String entityType, Supplier<ObjectNode> validBody, List<String> required,
                           Map<String, Integer> maxLengths, List<String> enums, boolean hasCode) {
    }

    private BadInputHarness() {
    }

    public static Stream<DynamicTest> cases(Resource resource, Database database) {
        String existing = given().contentType("application/json").body(resource.validBody().get().toString())
                .post(resource.path()).then().statusCode(201).extract().path("id");
        String item = resource.itemsPath() + "/" + existing;
        Map<String, String> tables = Map.of(resource.table(), "select count(*) from " + resource.table(),
                "change_log", "select count(*) from change_log where entity_type = '" + resource.entityType() + "'");
        List<DynamicTest> tests = new ArrayList<>();

        for (String verb : List.of("POST", "PUT")) {
            Write write = new Write(verb, verb.equals("POST") ? resource.path() : item, verb.equals("POST") ? null : item,
                    bodyKeepingCode(resource, verb, item), resource.required(), resource.maxLengths(), resource.enums());
            tests.addAll(bodyCases(write, database, tables));
            for (String serverOwned : SERVER_OWNED) {
                tests.add(write(database, tables, verb + " " + serverOwned + " in body", () -> {
                    ObjectNode body = resource.validBody().get();
                    body.put(serverOwned, serverOwned.equals("id") ? UUID.randomUUID().toString() : "7");
                    send(write, body.toString()).statusCode(400).body("errors.field", hasItem(serverOwned));
                }));
            }
        }
        tests.addAll(gateCases(new Write("PATCH", item, item, bodyKeepingCode(resource, "PATCH", item), List.of(),
                Map.of(), List.of()), "application/merge-patch+json", database, tables));


        if (resource.hasCode()) {
            tests.add(write(database, tables, "POST duplicate code", () -> {
            String code = given().get(item).then().extract().path("code");
            ObjectNode body = resource.validBody().get();
            body.put("code", code);
            given().contentType("application/json").body(body.toString()).post(resource.path()).then()
                    .statusCode(409).body("code", equalTo("duplicate-code"));
            }));
        }

        String body = resource.validBody().get().toString();
        for (String header : new String[] {null, "\"999999\"", "garbage"}) {
            int status = header == null ? 428 : header.equals("garbage") ? 400 : 412;
            String label = header == null ? "missing" : header.equals("garbage") ? "garbage" : "stale";
            tests.add(write(database, tables, "PUT with " + label + " If-Match", () ->
                    ifMatch(header).contentType("application/json").body(body).put(item).then().statusCode(status)));
            tests.add(write(database, tables, "PATCH with " + label + " If-Match", () ->
                    ifMatch(header).contentType("application/merge-patch+json").body("{}").patch(item).then().statusCode(status)));
            tests.add(write(database, tables, "DELETE with " + label + " If-Match", () ->
                    ifMatch(header).delete(item).then().statusCode(status)));
        }
        tests.add(write(database, tables, "PATCH malformed", () -> given().header("If-Match", currentEtag(item))
                .contentType("application/merge-patch+json").body("{\"name\":").patch(item).then().statusCode(400)
                .body("code", equalTo("malformed-request"))));
        tests.add(write(database, tables, "PATCH removing a required field", () -> given().header("If-Match", currentEtag(item))
                .contentType("application/merge-patch+json").body("{\"" + resource.required().get(0) + "\": null}")
                .patch(item).then().statusCode(400).body("errors.field", hasItem(resource.required().get(0)))));
        for (String serverOwned : SERVER_OWNED) {
            tests.add(write(database, tables, "PATCH " + serverOwned + " in body", () -> given().header("If-Match", currentEtag(item))
                    .contentType("application/merge-patch+json")
                    .body("{\"" + serverOwned + "\": " + (serverOwned.equals("id") ? "\"" + UUID.randomUUID() + "\"" : "\"7\"") + "}")
                    .patch(item).then().statusCode(400).body("errors.field", hasItem(serverOwned))));
        }
        tests.add(write(database, tables, "PATCH with an unknown property", () -> given().header("If-Match", currentEtag(item))
                .contentType("application/merge-patch+json").body("{\"colour\": \"red\"}")
                .patch(item).then().statusCode(400).body("errors.field", hasItem("colour"))));
        tests.add(write(database, tables, "PATCH as application/json", () -> given().header("If-Match", currentEtag(item))
                .contentType("application/json").body("{}").patch(item).then().statusCode(415)));

        for (String id : List.of(UUID.randomUUID().toString(), "not-a-uuid", "123", "%20")) {
            tests.add(DynamicTest.dynamicTest("GET unknown id " + id, () ->
                    given().get(resource.itemsPath() + "/" + id).then().statusCode(404).body("code", equalTo("not-found"))));
            tests.add(write(database, tables, "PUT unknown id " + id, () -> given().header("If-Match", "\"0\"")
                    .contentType("application/json").body(body).put(resource.itemsPath() + "/" + id).then().statusCode(404)));
            tests.add(write(database, tables, "DELETE unknown id " + id, () -> given().header("If-Match", "\"0\"")
                    .delete(resource.itemsPath() + "/" + id).then().statusCode(404)));
        }
        for (String query : List.of("size=0", "size=-1", "size=101", "size=10000", "size=abc", "page=-1", "page=x",
                "page=10000001", "page=21474837&size=100", "sort=nosuchfield", "sort=-", "sort=,", "q=" + "x".repeat(201))) {
            String parameter = query.substring(0, query.indexOf('='));
            tests.add(DynamicTest.dynamicTest("GET list with " + (query.length() > 30 ? query.substring(0, 30) + "…" : query), () ->
                    given().get(resource.path() + "?" + query).then().statusCode(400)
                            .body("code", equalTo("validation-failed")).body("errors.field", hasItem(parameter))));
        }
        return tests.stream();
    }

    /**
     * One write that takes a JSON body (a POST, or a PUT with the current ETag of {@code etagOf}), for operations
     * beyond a resource's standard ones (a batch of marks, a rule).
     *
     * @param etagOf    the resource whose current ETag the write sends as If-Match; null for none
     * @param validBody a new valid body on every call
     * @param required  JSON paths of required fields ({@code marks[0].status} inside a list)
     */
    public record Write(String verb, String target, String etagOf, Supplier<ObjectNode> validBody, List<String> required,
                        Map<String, Integer> maxLengths, List<String> enums, io.restassured.http.Header caller) {

        /** As an organiser. */
        public Write(String verb, String target, String etagOf, Supplier<ObjectNode> validBody, List<String> required,
                Map<String, Integer> maxLengths, List<String> enums) {
            this(verb, target, etagOf, validBody, required, maxLengths, enums, null);
        }

        /** The same write by another caller (a delegate's own). */
        public Write as(io.restassured.http.Header who) {
            return new Write(verb, target, etagOf, validBody, required, maxLengths, enums, who);
        }
    }

    /** Every bad body for each write, each leaving the counted rows unchanged. */
    public static Stream<DynamicTest> writeCases(Database database, Map<String, String> tables, Write... writes) {
        return java.util.Arrays.stream(writes).flatMap(write -> bodyCases(write, database, tables).stream());
    }

    /** A resource's valid body; for a write to its existing item, with that item's code (a merge patch repeats it). */
    private static Supplier<ObjectNode> bodyKeepingCode(Resource resource, String verb, String item) {
        return () -> {
            ObjectNode valid = resource.validBody().get();
            if (!verb.equals("POST") && valid.has("code")) {
                valid.put("code", given().get(item).then().extract().<String>path("code"));
            }
            return valid;
        };
    }

    /** Malformed, incomplete, over-long and wrongly typed bodies, then what every body passes before it is parsed. */
    private static List<DynamicTest> bodyCases(Write write, Database database, Map<String, String> tables) {
        List<DynamicTest> tests = new ArrayList<>();
        String verb = label(write);
        tests.add(write(database, tables, verb + " malformed JSON", () -> send(write, "{\"code\": ")
                .statusCode(400).body("code", equalTo("malformed-request"))));
        tests.add(write(database, tables, verb + " array body", () -> send(write, "[]").statusCode(400)));
        tests.add(write(database, tables, verb + " empty body", () -> send(write, "").statusCode(400)));
        tests.add(write(database, tables, verb + " unknown property", () -> {
            ObjectNode body = write.validBody().get();
            body.put("colour", "red");
            send(write, body.toString()).statusCode(400)
                    .body("code", equalTo("validation-failed")).body("errors.field", hasItem("colour"));
        }));
        for (String field : write.required()) {
            tests.add(write(database, tables, verb + " missing " + field, () -> {
                ObjectNode body = write.validBody().get();
                remove(body, field);
                send(write, body.toString()).statusCode(400)
                        .body("code", equalTo("validation-failed")).body("errors.field", hasItem(field));
            }));
        }
        for (var entry : write.maxLengths().entrySet()) {
            tests.add(write(database, tables, verb + " over-long " + entry.getKey(), () -> {
                ObjectNode body = write.validBody().get();
                set(body, entry.getKey(), NODES.textNode("x".repeat(entry.getValue() + 1)));
                send(write, body.toString()).statusCode(400).body("errors.field", hasItem(entry.getKey()));
            }));
        }
        for (String field : write.enums()) {
            tests.add(write(database, tables, verb + " unknown value of " + field, () -> {
                ObjectNode body = write.validBody().get();
                set(body, field, NODES.textNode("no-such-value"));
                send(write, body.toString()).statusCode(400).body("errors.field", hasItem(field));
            }));
        }
        for (var wrong : wrongTypes(write.validBody().get(), "").entrySet()) {
            tests.add(write(database, tables, verb + " wrong type for " + wrong.getKey() + " (" + wrong.getValue() + ")", () -> {
                ObjectNode body = write.validBody().get();
                set(body, wrong.getKey(), wrong.getValue());
                send(write, body.toString()).statusCode(400).body("errors.field", hasItem(wrong.getKey()));
            }));
        }
        tests.add(write(database, tables, verb + " as text/plain", () -> withIfMatch(write, given().contentType("text/plain"))
                .body(write.validBody().get().toString()).request(write.verb(), write.target()).then().statusCode(415)
                .body("code", equalTo("unsupported-media-type"))));
        tests.addAll(gateCases(write, "application/json", database, tables));
        return tests;
    }

    /**
     * What every body passes before it is parsed, on POST, PUT and PATCH alike: nesting, size however the body arrives,
     * text the service does not store, a byte-order mark, a missing or non-UTF-8 Content-Type. Sent byte for byte.
     */
    private static List<DynamicTest> gateCases(Write write, String mediaType, Database database, Map<String, String> tables) {
        List<DynamicTest> tests = new ArrayList<>();
        String verb = label(write);
        String text = firstFreeText(write.validBody().get(), "");
        Supplier<ObjectNode> body = write.validBody();
        String outerField = text != null ? text.split("[.\\[]")[0] : body.get().fieldNames().next();
        tests.add(write(database, tables, verb + " nested 2000 levels deep", () -> {
            String deep = "{\"" + outerField + "\": " + "{\"a\": ".repeat(2000) + "1" + "}".repeat(2000) + "}";
            assertProblem(raw(write, mediaType, deep.getBytes(StandardCharsets.UTF_8), false), 400,
                    "validation-failed", "too-deep");
        }));
        tests.add(write(database, tables, verb + " of 300 KB, chunked", () -> {
            byte[] large = (body.get().toString() + " ".repeat(300 * 1024)).getBytes(StandardCharsets.UTF_8);
            assertProblem(raw(write, mediaType, large, true), 413, "payload-too-large", null);
        }));
        // Text the service does not store, in a field that takes any text (a body of ids and codes has none).
        for (var forbidden : (text == null ? Map.<String, String>of() : Map.of("NUL", "\\u0000", "a lone surrogate",
                "\\ud800", "an escape character", "\\u001b")).entrySet()) {
            tests.add(write(database, tables, verb + " with " + forbidden.getKey() + " in " + text, () -> {
                ObjectNode valid = body.get();
                set(valid, text, NODES.textNode("before MARK after"));
                String json = valid.toString().replace("MARK", forbidden.getValue());
                RawHttp.Answer answer = raw(write, mediaType, json.getBytes(StandardCharsets.UTF_8), false);
                assertProblem(answer, 400, "validation-failed", "forbidden-character");
                assertEquals(text, answer.json().at("/errors/0/field").asText(), answer.body());
            }));
        }
        tests.add(write(database, tables, verb + " starting with a byte-order mark", () -> {
            byte[] json = body.get().toString().getBytes(StandardCharsets.UTF_8);
            byte[] withMark = new byte[json.length + 3];
            withMark[0] = (byte) 0xEF;
            withMark[1] = (byte) 0xBB;
            withMark[2] = (byte) 0xBF;
            System.arraycopy(json, 0, withMark, 3, json.length);
            assertProblem(raw(write, mediaType, withMark, false), 400, "malformed-request", null);
        }));
        tests.add(write(database, tables, verb + " without a Content-Type", () -> assertProblem(
                raw(write, null, body.get().toString().getBytes(StandardCharsets.UTF_8), false), 415,
                "unsupported-media-type", null)));
        tests.add(write(database, tables, verb + " in an unknown charset", () -> assertProblem(
                raw(write, mediaType + "; charset=x-unknown", body.get().toString().getBytes(StandardCharsets.UTF_8), false),
                415, "unsupported-media-type", null)));
        return tests;
    }

    /** The verb, and the operation's last path segment unless it is an item's id: "POST attendance", "PUT". */
    private static String label(Write write) {
        String last = write.target().replaceAll(".*/", "");
        return write.verb() + (last.matches("[0-9a-f-]{36}") ? "" : " " + last);
    }

    /** Sends a body byte for byte, with the current ETag where the write needs one. */
    private static RawHttp.Answer raw(Write write, String contentType, byte[] body, boolean chunked) {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        if (write.etagOf() != null) {
            headers.put("If-Match", currentEtag(write.etagOf()));
        }
        if (write.caller() != null) {
            headers.put(write.caller().getName(), write.caller().getValue());
        }
        return RawHttp.send(write.verb(), write.target(), headers, body, chunked);
    }

    private static void assertProblem(RawHttp.Answer answer, int status, String code, String fieldCode) {
        assertEquals(status, answer.status(), answer.body());
        assertEquals("application/problem+json", answer.header("Content-Type"), answer.body());
        assertEquals(code, answer.json().path("code").asText(), answer.body());
        if (fieldCode != null) {
            assertEquals(fieldCode, answer.json().at("/errors/0/code").asText(), answer.body());
        }
    }

    /** The JSON path of the first free-text field of a body (a name, not a code), where any text is valid; or null. */
    static String firstFreeText(JsonNode body, String prefix) {
        for (var fields = body.fields(); fields.hasNext(); ) {
            var field = fields.next();
            String path = prefix + field.getKey();
            if (field.getValue().isTextual() && !field.getKey().equals("code") && !field.getKey().endsWith("Id")
                    && !field.getValue().asText().matches("[a-z-]+|[A-Z]{2}|.*/.*|[0-9:T+-]+")) {
                return path;
            }
            if (field.getValue().isObject()) {
                String nested = firstFreeText(field.getValue(), path + ".");
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }

    /** Runs a rejected write and checks that neither the resource's rows nor its change-log entries changed. */
    private static DynamicTest write(Database database, Map<String, String> tables, String name, Executable check) {
        return DynamicTest.dynamicTest(name, () -> {
            Map<String, Long> before = database.counts(tables);
            check.execute();
            assertEquals(before, database.counts(tables), "a rejected write must not change any row count");
        });
    }

    private static ValidatableResponse send(Write write, String body) {
        return withIfMatch(write, given().contentType("application/json")).body(body).request(write.verb(), write.target())
                .then();
    }

    private static RequestSpecification withIfMatch(Write write, RequestSpecification request) {
        RequestSpecification as = write.caller() == null ? request : request.header(write.caller());
        return write.etagOf() == null ? as : as.header("If-Match", currentEtag(write.etagOf()));
    }

    private static RequestSpecification ifMatch(String header) {
        RequestSpecification spec = given();
        return header == null ? spec : spec.header("If-Match", header);
    }

    private static String currentEtag(String item) {
        return given().get(item).then().statusCode(200).extract().header("ETag");
    }

    /** For every leaf of a valid body, values of the wrong JSON type. */
    static Map<String, JsonNode> wrongTypes(JsonNode body, String prefix) {
        Map<String, JsonNode> wrong = new java.util.LinkedHashMap<>();
        body.fields().forEachRemaining(field -> {
            String path = prefix + field.getKey();
            JsonNode value = field.getValue();
            if (value.isObject()) {
                wrong.put(path, NODES.textNode("text"));
                wrong.putAll(wrongTypes(value, path + "."));
            } else if (value.isTextual()) {
                wrong.put(path, NODES.numberNode(12));
            } else if (value.isNumber()) {
                wrong.put(path, NODES.textNode("abc"));
            } else if (value.isArray()) {
                wrong.put(path, NODES.objectNode());
                if (value.size() > 0 && value.get(0).isObject()) {
                    wrong.putAll(wrongTypes(value.get(0), path + "[0]."));
                }
            }
        });
        return wrong;
    }

    static void set(ObjectNode body, String path, JsonNode value) {
        int dot = path.lastIndexOf('.');
        parent(body, path, dot).set(dot < 0 ? path : path.substring(dot + 1), value);
    }

    static void remove(ObjectNode body, String path) {
        int dot = path.lastIndexOf('.');
        parent(body, path, dot).remove(dot < 0 ? path : path.substring(dot + 1));
    }

    /** The object holding a field named by a path such as {@code name.en} or {@code marks[0].status}. */
    private static ObjectNode parent(ObjectNode body, String path, int dot) {
        return dot < 0 ? body : (ObjectNode) body.at("/" + path.substring(0, dot).replace("[", ".").replace("]", "")
                .replace('.', '/'));
    }

    public static ObjectNode parse(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
