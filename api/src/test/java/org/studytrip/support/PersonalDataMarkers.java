package org.studytrip.support;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;

/**
 * Marker values for every test that writes personal data: easy to search for in responses and in the log of
 * the whole test run (PersonalDataLogIT), and obviously not anyone's real data.
 */
public final class PersonalDataMarkers {

    public static final String EMAIL_DOMAIN = "@marker.invalid";
    public static final String PHONE_PREFIX = "+82 10 0000 ";
    public static final String PASSPORT_PREFIX = "MARKERPASS";
    public static final String NOTE_PREFIX = "MARKER-NOTE-";

    private PersonalDataMarkers() {
    }

    /** A person with all three tiers filled with unique marker values. */
    public static ObjectNode person(String familyName, String givenName) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        ObjectNode body = BadInputHarness.parse("""
                {"familyNameNative": "测", "givenNameNative": "试", "languages": ["zh", "en"]}""");
        body.put("familyName", familyName).put("givenName", givenName);
        body.putObject("contact").put("email", "p-" + unique + EMAIL_DOMAIN).put("phone", PHONE_PREFIX + "1234");
        body.putObject("protectedDetails").put("passportNumber", PASSPORT_PREFIX + unique)
                .put("dateOfBirth", "1980-05-17").put("dietaryNotes", NOTE_PREFIX + "diet-" + unique)
                .put("medicalNotes", NOTE_PREFIX + "medical-" + unique)
                .put("emergencyContact", NOTE_PREFIX + "emergency-" + unique);
        return body;
    }

    /** Every marker that must never leave the person's own detail resource. */
    public static List<String> all() {
        return List.of(EMAIL_DOMAIN, PHONE_PREFIX, PASSPORT_PREFIX, NOTE_PREFIX, "1980-05-17");
    }
}
