package org.studytrip.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What every resource with a code and a localized name must do, whatever else it does: the conventions of
 * DESIGN.md as executable checks. Each resource's test class extends this and adds its own filters and rules.
 */
public abstract class ResourceConventionsTest {

    @Inject
    protected Database database;

    @Inject
    protected StatementCounter statements;

    /** The collection path, e.g. /api/v1/cities. */
    protected abstract String path();

    /** Where one item lives; flat (/api/v1/sessions/{id}) even when its collection is nested in a trip. */
    protected String itemsPath() {
        return path();
    }

    protected String item(String id) {
        return itemsPath() + "/" + id;
    }

    /** The table the rows live in; also the entity type in the change log. */
    protected abstract String table();

    /** A valid body with the given code and English name. */
    protected abstract ObjectNode validBody(String code, String englishName);

    /**
     * A valid body for row {@code row} of the statement-count test; resources with linked records vary them by
     * row, so that loading them one by one (an N+1) would show as more statements for 50 rows than for 1.
     */
    protected ObjectNode validBodyForRow(String code, String englishName, int row) {
        return validBody(code, englishName);
    }

    protected abstract List<String> requiredFields();

    protected abstract Map<String, Integer> maxLengths();

    protected List<String> enumFields() {
        return List.of();
    }

    /** The localized text people know the resource by: {@code name}, or {@code title} for a trip. */
    protected String nameField() {
        return "name";
    }

    /** How the change log names the resource's entity. */
    protected String entityType() {
        return table();
    }

    /** Whether the resource has a unique code; resources without one are found by the text of their name. */
    protected boolean hasCode() {
        return true;
    }

    /** Where a row's code shows in a response; for resources without a code, the English name (which embeds it). */
    private String codePath() {
        return hasCode() ? "code" : nameField() + ".en";
    }

    /** Statements a list needs: count and page, plus one batch per kind of linked record it embeds. */
    protected int listStatements() {
        return 2;
    }

    protected static String uniqueCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    protected ExtractableResponse<Response> create(ObjectNode body) {
        return given().contentType("application/json").body(body.toString()).post(path()).then()
                .statusCode(201).extract();
    }

    @TestFactory
    Stream<DynamicTest> badInputIsRejectedWithAProblemAndWritesNothing() {
        return BadInputHarness.cases(new BadInputHarness.Resource(path(), itemsPath(), table(), entityType(),
                () -> validBody(uniqueCode("bad"), "Bad input"), requiredFields(), maxLengths(), enumFields(), hasCode()),
                database);
    }

    @Test
    void createAnswers201WithLocationAndEtag() {
        String code = uniqueCode("new");
        var created = create(validBody(code, "Created"));
        String id = created.path("id");
        assertTrue(created.header("Location").endsWith(item(id)));
        assertEquals("\"0\"", created.header("ETag"));
        assertEquals(7, UUID.fromString(id).version(), "ids are UUIDv7");
        given().get(created.header("Location")).then().statusCode(200).body(codePath(), containsString(code))
                .header("ETag", "\"0\"");
    }

    @Test
    void getAnswers304WhenIfNoneMatchNamesTheCurrentVersion() {
        String id = create(validBody(uniqueCode("etag"), "Cached")).path("id");
        given().header("If-None-Match", "\"0\"").get(item(id)).then().statusCode(304).header("ETag", "\"0\"");
        given().header("If-None-Match", "\"5\"").get(item(id)).then().statusCode(200);
    }

    @Test
    void putWithTheCurrentEtagReplacesAndBumpsTheVersion() {
        String code = uniqueCode("put");
        String id = create(validBody(code, "Before")).path("id");
        given().header("If-Match", "\"0\"").contentType("application/json").body(validBody(code, "After").toString())
                .put(item(id)).then().statusCode(200).header("ETag", "\"1\"")
                .body(nameField() + ".en", containsString("After")).body("version", equalTo(1));
        given().header("If-Match", "\"0\"").contentType("application/json").body(validBody(code, "Lost").toString())
                .put(item(id)).then().statusCode(412).body("code", equalTo("version-conflict"));
        given().get(item(id)).then().body(nameField() + ".en", containsString("After"));
    }

    @Test
    void patchChangesOnlyTheFieldsItNamesAndNullRemovesOptionalOnes() {
        String code = uniqueCode("patch");
        ObjectNode body = validBody(code, "Patched");
        body.with(nameField()).put("zh", "旧名").put("ko", "옛 이름");
        String id = create(body).path("id");
        given().header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body("{\"" + nameField() + "\": {\"zh\": \"新名\", \"ko\": null}}")
                .patch(item(id)).then().statusCode(200).header("ETag", "\"1\"")
                .body(codePath(), containsString(code)).body(nameField() + ".en", containsString("Patched"))
                .body(nameField() + ".zh", equalTo("新名")).body(nameField() + ".ko", nullValue());
    }

    /**
     * A body with every field of the resource's input set, so that a field a mapping leaves out shows. Resources
     * whose valid body leaves optional fields out give a full one here.
     */
    protected ObjectNode fullBody(String code, String englishName) {
        return validBody(code, englishName);
    }

    /** Input fields that only creation reads (a participant's new person), never part of the record read back. */
    protected List<String> writeOnlyFields() {
        return List.of();
    }

    /** An empty merge patch keeps every field of the input (see {@link MergePatchRoundTrip}). */
    @Test
    void anEmptyMergePatchKeepsEveryFieldOfTheInput() {
        MergePatchRoundTrip.check(path(), itemsPath(), fullBody(uniqueCode("full"), "Full"), writeOnlyFields(), true);
    }

    @Test
    void deleteAnswers204AndTheResourceIsGone() {
        String id = create(validBody(uniqueCode("gone"), "Deleted")).path("id");
        given().header("If-Match", "\"0\"").delete(item(id)).then().statusCode(204);
        given().get(item(id)).then().statusCode(404).body("code", equalTo("not-found"));
    }

    @Test
    void everyWriteAppendsOneRowToTheChangeLogInItsTransaction() {
        String code = uniqueCode("log");
        String id = create(validBody(code, "Logged")).path("id");
        given().header("If-Match", "\"0\"").contentType("application/merge-patch+json").body("{\"" + nameField() + "\":{\"zh\":\"记\"}}")
                .patch(item(id)).then().statusCode(200);
        given().header("If-Match", "\"1\"").contentType("application/json").body(validBody(code, "Logged again").toString())
                .put(item(id)).then().statusCode(200);
        given().header("If-Match", "\"2\"").delete(item(id)).then().statusCode(204);
        var rows = database.query("select entity_type, operation, entity_version from change_log "
                + "where entity_id = unhex(replace(?, '-', '')) order by seq", id);
        assertEquals(List.of(
                Map.of("entity_type", entityType(), "operation", "CREATED", "entity_version", 0L),
                Map.of("entity_type", entityType(), "operation", "UPDATED", "entity_version", 1L),
                Map.of("entity_type", entityType(), "operation", "UPDATED", "entity_version", 2L),
                Map.of("entity_type", entityType(), "operation", "DELETED", "entity_version", 2L)), rows);
    }

    @Test
    void listStatementCountIsTheSameForOneAndForFiftyRows() {
        String marker = uniqueCode("sc");
        create(validBodyForRow(marker + "-0", "Counted", 0));
        long one = statements.count(() -> given().get(path() + "?size=100&q=" + marker).then().statusCode(200)
                .body("totalItems", equalTo(1)));
        for (int i = 1; i < 50; i++) {
            create(validBodyForRow(marker + "-" + i, "Counted " + i, i));
        }
        long fifty = statements.count(() -> given().get(path() + "?size=100&q=" + marker).then().statusCode(200)
                .body("totalItems", equalTo(50)).body("items.size()", equalTo(50)));
        assertEquals(one, fifty, "statements for 1 row vs 50 rows");
        assertEquals(listStatements(), one, "statements of one list request");
    }

    @Test
    void listPagesCarryLinksThatKeepTheFilters() {
        String marker = uniqueCode("page");
        for (int i = 0; i < 5; i++) {
            create(validBody(marker + "-" + i, "Paged " + i));
        }
        String sort = hasCode() ? "-code" : "-" + nameField();
        var page = given().get(path() + "?q=" + marker + "&size=2&page=1&sort=" + sort).then().statusCode(200)
                .body("totalItems", equalTo(5)).body("totalPages", equalTo(3)).body("page", equalTo(1))
                .body("items[0]." + codePath(), containsString(marker + "-2")).extract();
        String links = String.join(",", page.headers().getValues("Link"));
        assertTrue(links.contains("rel=\"next\"") && links.contains("rel=\"prev\"") && links.contains("rel=\"last\""), links);
        assertTrue(links.contains("q=" + marker) && links.contains("page=2"), links);
    }

    @Test
    void chineseKoreanAndEmojiComeBackUnchangedAndAreStoredAsUtf8mb4() {
        String zh = "深圳市 气候适应 🌏";
        String ko = "선전시 기후 적응 🚇";
        ObjectNode body = validBody(uniqueCode("text"), "Resilience 🌱");
        body.with(nameField()).put("zh", zh).put("ko", ko);
        String id = create(body).path("id");
        String name = nameField();
        given().get(item(id)).then().body(name + ".zh", equalTo(zh)).body(name + ".ko", equalTo(ko))
                .body(name + ".en", containsString("Resilience 🌱"));
        var stored = database.query("select hex(" + name + "_zh) zh, hex(" + name + "_ko) ko from " + table()
                + " where id = unhex(replace(?, '-', ''))", id).get(0);
        assertEquals(hex(zh), stored.get("zh"), "name_zh bytes");
        assertEquals(hex(ko), stored.get("ko"), "name_ko bytes");
        var columns = database.query("select column_name c, character_set_name cs, collation_name co "
                + "from information_schema.columns where table_schema = database() and table_name = ? "
                + "and column_name like '" + nameField() + "\\_%'", table());
        assertEquals(3, columns.size());
        columns.forEach(column -> {
            assertEquals("utf8mb4", column.get("cs"), column.toString());
            assertEquals("utf8mb4_unicode_520_ci", column.get("co"), column.toString());
        });
    }

    @Test
    void instantsAreStoredInUtcWhateverTheZoneOfTheJvm() {
        String id = create(validBody(uniqueCode("utc"), "Timed")).path("id");
        Instant createdAt = Instant.parse(given().get(item(id)).then().extract().path("createdAt"));
        String stored = (String) database.query("select date_format(created_at, '%Y-%m-%dT%H:%i:%s.%f') t from " + table()
                + " where id = unhex(replace(?, '-', ''))", id).get(0).get("t");
        assertEquals(LocalDateTime.ofInstant(createdAt, ZoneOffset.UTC), LocalDateTime.parse(stored),
                "created_at holds UTC wall time (JVM zone " + ZoneId.systemDefault() + ")");
        assertTrue(Duration.between(createdAt, Instant.now()).abs().toMinutes() < 5, "createdAt is now: " + createdAt);
    }

    @Test
    void errorsAreProblemsWithAStableCode() {
        given().get(item(UUID.randomUUID().toString())).then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("/problems/not-found"))
                .body("title", notNullValue()).body("detail", containsString("No "));
    }

    private static String hex(String text) {
        return HexFormat.of().withUpperCase().formatHex(text.getBytes(StandardCharsets.UTF_8));
    }
}
