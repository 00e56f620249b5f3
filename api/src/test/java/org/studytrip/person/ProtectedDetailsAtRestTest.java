package org.studytrip.person;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.studytrip.common.privacy.KeyRing;
import org.studytrip.common.privacy.Sealer;
import org.studytrip.support.Database;
import org.studytrip.support.PersonalDataMarkers;

/** What the database really holds of the protected tier: ciphertext under the current key, read over JDBC. */
@QuarkusTest
class ProtectedDetailsAtRestTest {

    private static final String STORED = """
            SELECT protected_details, passport_number, date_of_birth, dietary_notes, medical_notes, emergency_contact
            FROM person WHERE id = UNHEX(REPLACE(?, '-', ''))""";

    @Inject
    Database database;

    @Inject
    ProtectedDetailsVault vault;

    @ConfigProperty(name = "studytrip.encryption.keys")
    String keys;

    private String createPerson() {
        return createPerson(PersonalDataMarkers.person("Sealed", "Person"));
    }

    private String createPerson(ObjectNode body) {
        return given().contentType("application/json").body(body.toString())
                .post("/api/v1/people").then().statusCode(201).extract().path("id");
    }

    private Map<String, Object> stored(String id) {
        return database.query(STORED, id).get(0);
    }

    @Test
    void protectedDetailsAreStoredOnlyAsCiphertextUnderTheCurrentKey() {
        ObjectNode person = PersonalDataMarkers.person("Sealed", "Person");
        String id = createPerson(person);
        Map<String, Object> row = stored(id);
        String sealed = (String) row.get("protected_details");
        assertTrue(sealed.startsWith("v1:test-current:"), sealed);
        PersonalDataMarkers.all().forEach(marker -> assertFalse(sealed.contains(marker), marker));
        for (String plainColumn : new String[] {"passport_number", "date_of_birth", "dietary_notes", "medical_notes",
                "emergency_contact"}) {
            assertNull(row.get(plainColumn), plainColumn);
        }
        given().get("/api/v1/people/" + id).then().statusCode(200)
                .body("protectedDetails.passportNumber", equalTo(person.at("/protectedDetails/passportNumber").asText()))
                .body("protectedDetails.medicalNotes", equalTo(person.at("/protectedDetails/medicalNotes").asText()));
    }

    @Test
    void valuesSealedWithAnOlderKeyStillOpenAndAreSealedAnewWithTheCurrentOne() {
        String id = createPerson();
        // As the service sealed it before the key rotation: the older key was current then.
        String[] entries = keys.split(",");
        Sealer beforeRotation = new Sealer(KeyRing.parse(entries[1] + "," + entries[0]));
        database.update("UPDATE person SET protected_details = ? WHERE id = UNHEX(REPLACE(?, '-', ''))",
                beforeRotation.seal("{\"passportNumber\":\"OLDKEY123\"}", ProtectedDetailsVault.PURPOSE), id);
        long version = ((Number) given().get("/api/v1/people/" + id).then().statusCode(200)
                .body("protectedDetails.passportNumber", equalTo("OLDKEY123")).extract().path("version")).longValue();

        assertTrue(vault.sealStoredValues() >= 1);

        String sealed = (String) stored(id).get("protected_details");
        assertTrue(sealed.startsWith("v1:test-current:"), sealed);
        given().get("/api/v1/people/" + id).then().statusCode(200)
                .body("protectedDetails.passportNumber", equalTo("OLDKEY123"))
                .body("version", equalTo((int) version));
    }

    @Test
    void plainValuesFromBeforeEncryptionAreSealedAndTheirColumnsEmptied() {
        String id = createPerson();
        assertEquals(1, database.update("""
                UPDATE person SET protected_details = NULL, passport_number = 'LEGACY77', date_of_birth = '1980-02-03',
                    medical_notes = 'legacy note' WHERE id = UNHEX(REPLACE(?, '-', ''))""", id));

        assertTrue(vault.sealStoredValues() >= 1);

        Map<String, Object> row = stored(id);
        assertTrue(((String) row.get("protected_details")).startsWith("v1:test-current:"));
        assertNull(row.get("passport_number"));
        assertNull(row.get("date_of_birth"));
        assertNull(row.get("medical_notes"));
        given().get("/api/v1/people/" + id).then().statusCode(200)
                .body("protectedDetails.passportNumber", equalTo("LEGACY77"))
                .body("protectedDetails.dateOfBirth", equalTo("1980-02-03"))
                .body("protectedDetails.medicalNotes", equalTo("legacy note"));
    }
}
