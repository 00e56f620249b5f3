package org.studytrip.common.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.studytrip.support.Database;
import org.studytrip.support.PersonalDataMarkers;

/** No answer, not even a server failure, shows a stack trace, a class name, SQL or the data that failed. */
@QuarkusTest
class ProblemBodiesTest {

    private static final List<String> INTERNALS = List.of("Exception", "\tat ", "at org.", "at java.", "java.lang",
            "org.hibernate", "com.fasterxml", "SQL", "select ", "insert ", "protected_details");

    @Inject
    Database database;

    private static void assertNoInternals(ExtractableResponse<Response> answer, String... alsoAbsent) {
        String body = answer.asString() + answer.headers();
        for (String internal : INTERNALS) {
            assertFalse(body.contains(internal), "answer shows '" + internal + "': " + body);
        }
        for (String value : alsoAbsent) {
            assertFalse(body.contains(value), "answer shows the failing value: " + body);
        }
    }

    @Test
    void aServerFailureIsAProblemWithAnErrorIdAndNothingElse() {
        String id = given().contentType("application/json").body(PersonalDataMarkers.person("Broken", "Seal").toString())
                .post("/api/v1/people").then().statusCode(201).extract().path("id");
        // A value sealed with a key this service does not hold: opening it fails inside the server.
        String unreadable = "v1:retired-key:AAAAAAAAAAAAAAAA:BBBBBBBBBBBBBBBBBBBBBBBB";
        String row = "UPDATE person SET protected_details = ? WHERE id = UNHEX(REPLACE(?, '-', ''))";
        database.update(row, unreadable, id);
        try {
            ExtractableResponse<Response> answer = given().get("/api/v1/people/" + id).then().statusCode(500)
                    .contentType("application/problem+json").body("code", equalTo("internal-error"))
                    .body("detail", matchesPattern(".*[0-9a-f]{8}-[0-9a-f]{4}-.*")).extract();
            assertNoInternals(answer, "retired-key", unreadable);
        } finally {
            database.update(row, null, id);
        }
    }

    @Test
    void badInputIsAnsweredWithoutTheParsersOrTheDatabasesWords() {
        assertNoInternals(given().contentType("application/json").body("{\"code\": [[[{\"x\": }").post("/api/v1/topics")
                .then().statusCode(400).extract());
        assertNoInternals(given().contentType("application/json").body("{\"code\": \"x\", \"name\": {\"en\": 12e999999}}")
                .post("/api/v1/topics").then().statusCode(400).extract());
        assertNoInternals(given().get("/api/v1/trips?sort=title;drop table trip").then().statusCode(400).extract());
        assertNoInternals(given().get("/api/v1/trips?page=99999999999").then().statusCode(400).extract());
    }
}
