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

        // The week's attendance: ten delegates meet the rule and hold certificates; Delegate 10 missed three
        // sessions, Delegate 11 the mandatory opening.
        given().get("/api/v1/trips/" + trip + "/eligibility").then().statusCode(200)
                .body("delegates.findAll { it.person.familyName == 'Sample' && it.eligible }.size()", equalTo(10))
                .body("delegates.find { it.person.givenName == 'Delegate 11' }.missingMandatory[0].title.en",
                        equalTo("Sample: Opening of the study trip"))
                .body("delegates.find { it.person.givenName == 'Delegate 10' }.attendedSessions", equalTo(6));
        given().get("/api/v1/trips/" + trip + "/certificates?size=100").then().statusCode(200)
                .body("items.findAll { it.status == 'valid' && it.holder.latin.endsWith('SAMPLE') }.size()", equalTo(10));

        QuarkusTransaction.requiringNew().run(programme::loadOnce);
        assertEquals(15, sampleSessions(), "loading again adds nothing");
    }
}
