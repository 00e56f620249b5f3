package org.studytrip.person;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.studytrip.support.BadInputHarness;
import org.studytrip.support.Database;
import org.studytrip.support.MergePatchRoundTrip;
import org.studytrip.support.PersonalDataMarkers;
import org.studytrip.support.Seed;
import org.studytrip.support.StatementCounter;

@QuarkusTest
class PersonResourceTest {

    private static final String PEOPLE = "/api/v1/people";

    @Inject
    Database database;

    @Inject
    StatementCounter statements;

    private static String create(String family, String given) {
        return given().contentType("application/json").body(PersonalDataMarkers.person(family, given).toString())
                .post(PEOPLE).then().statusCode(201).extract().path("id");
    }

    @TestFactory
    Stream<DynamicTest> badInputIsRejectedWithAProblemAndWritesNothing() {
        return BadInputHarness.cases(new BadInputHarness.Resource(PEOPLE, PEOPLE, "person", "person",
                () -> PersonalDataMarkers.person("Bad", "Input"), List.of("familyName", "givenName"),
                Map.of("familyName", 100, "givenNameNative", 100, "contact.email", 254, "protectedDetails.passportNumber", 40,
                        "protectedDetails.medicalNotes", 1000),
                List.of(), false), database);
    }

    @Test
    void anEmptyMergePatchKeepsEveryFieldOfTheInput() {
        // Protected details are sealed anew (a fresh IV) on every write: a new version even when nothing changed.
        MergePatchRoundTrip.check(PEOPLE, PEOPLE, PersonalDataMarkers.person("Round", "Trip"), List.of(), false);
    }

    @Test
    void theDetailCarriesAllThreeTiersAndIsNeverCached() {
        String id = create("Detail", "Person");
        given().get(PEOPLE + "/" + id).then().statusCode(200).header("Cache-Control", "no-store")
                .body("familyNameNative", equalTo("测"))
                .body("contact.email", containsString(PersonalDataMarkers.EMAIL_DOMAIN))
                .body("protectedDetails.passportNumber", containsString(PersonalDataMarkers.PASSPORT_PREFIX))
                .body("protectedDetails.dateOfBirth", equalTo("1980-05-17"));
        given().header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body("{\"contact\": {\"phone\": null}}").patch(PEOPLE + "/" + id).then().statusCode(200)
                .header("Cache-Control", "no-store").body("contact.phone", equalTo(null))
                .body("contact.email", containsString(PersonalDataMarkers.EMAIL_DOMAIN));
        given().get(PEOPLE + "/" + UUID.randomUUID()).then().statusCode(404).header("Cache-Control", "no-store");
    }

    @Test
    void theListShowsPublicProfilesOnly() {
        String marker = "Listed" + UUID.randomUUID().toString().substring(0, 6);
        create(marker, "Person");
        // Public profiles only, so a browser may keep the list (revalidated), unlike a person's detail.
        String body = given().get(PEOPLE + "?q=" + marker).then().statusCode(200).header("Cache-Control", "no-cache")
                .body("items[0].familyName", equalTo(marker)).body("items[0].languages", equalTo(List.of("zh", "en")))
                .extract().asString();
        PersonalDataMarkers.all().forEach(value -> org.hamcrest.MatcherAssert.assertThat(body, not(containsString(value))));
    }

    @Test
    void listStatementCountIsTheSameForOneAndForFiftyPeople() {
        String marker = "Counted" + UUID.randomUUID().toString().substring(0, 6);
        create(marker, "0");
        long one = statements.count(() -> given().get(PEOPLE + "?size=100&q=" + marker).then().body("totalItems", equalTo(1)));
        for (int i = 1; i < 50; i++) {
            create(marker, Integer.toString(i));
        }
        long fifty = statements.count(() -> given().get(PEOPLE + "?size=100&q=" + marker).then().body("totalItems", equalTo(50)));
        assertEquals(one, fifty);
        assertEquals(2, one);
    }

    @Test
    void nativeScriptNamesAreStoredAsUtf8mb4() {
        var body = PersonalDataMarkers.person("Kim", "Minjun");
        body.put("familyNameNative", "김").put("givenNameNative", "민준😀");
        String id = given().contentType("application/json").body(body.toString()).post(PEOPLE).then().statusCode(201)
                .extract().path("id");
        given().get(PEOPLE + "/" + id).then().body("givenNameNative", equalTo("민준😀"));
        assertEquals("EBAFBCEC A480F09F9880".replace(" ", ""), database.query(
                "select hex(given_name_native) h from person where id = unhex(replace(?, '-', ''))", id).get(0).get("h"));
    }

    @Test
    void aPersonTakingPartInATripCannotBeDeleted() {
        String id = create("Taking", "Part");
        String participation = given().contentType("application/json").body("""
                {"personId": "%s", "role": "member"}""".formatted(id))
                .post("/api/v1/trips/" + Seed.tripId("korea-2025") + "/participants").then().statusCode(201)
                .extract().path("id");
        given().header("If-Match", "\"0\"").delete(PEOPLE + "/" + id).then().statusCode(409)
                .body("detail", containsString("trip 'korea-2025' (through a participation)"))
                .body("references[0].type", equalTo("trip")).body("references[0].name", equalTo("korea-2025"))
                .body("references[0].id", equalTo(Seed.tripId("korea-2025"))).body("references[0].relation", equalTo("participation"));
        given().header("If-Match", "\"0\"").delete("/api/v1/participants/" + participation).then().statusCode(204);
        given().header("If-Match", "\"0\"").delete(PEOPLE + "/" + id).then().statusCode(204);
    }
}
