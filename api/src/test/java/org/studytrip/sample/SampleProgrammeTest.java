package org.studytrip.sample;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.studytrip.support.Database;
import org.studytrip.support.Seed;

/** On the embedded database the sample programme is there, once; on an external server (CI's second run) it is not. */
@QuarkusTest
class SampleProgrammeTest {

    @ConfigProperty(name = "studytrip.sample-data")
    boolean enabled;

    @Inject
    SampleProgramme programme;

    @Inject
    Database database;

    private long sampleSessions() {
        return ((Number) database.query("select count(*) n from trip_session where title_en like 'Sample:%'")
                .get(0).get("n")).longValue();
    }

    @Test
    void theSampleProgrammeIsLoadedOnlyWhereItShouldBeAndNeverTwice() {
        if (!enabled) {
            assertEquals(0, sampleSessions(), "no sample data with an external database unless asked for");
            assertEquals(0, database.query("select * from sample_data").size());
            return;
        }
        String trip = Seed.tripId("korea-2025");
        given().get("/api/v1/trips/" + trip + "/itinerary").then().statusCode(200)
                .body("days", hasSize(5))
                .body("days.find { it.date == '2025-10-14' }.sessions.startsAt[0]", equalTo("2025-10-14T09:30:00+09:00"))
                .body("days.sessions.flatten().findAll { it.title.en.startsWith('Sample:') }", hasSize(15));
        given().get("/api/v1/trips/" + trip + "/participants?q=Sample&size=100").then()
                .body("items.person.familyName", everyItem(equalTo("Sample")))
                .body("items.person.givenName", everyItem(startsWith("Delegate")))
                .body("totalItems", equalTo(12));
        given().get("/api/v1/trips/" + trip + "/delegations").then()
                .body("delegations.findAll { d -> d.participants.any { it.person.familyName == 'Sample' } }.size()", equalTo(6));

        QuarkusTransaction.requiringNew().run(programme::loadOnce);
        assertEquals(15, sampleSessions(), "loading again adds nothing");
    }
}
