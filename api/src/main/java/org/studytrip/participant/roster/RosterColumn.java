package org.studytrip.participant.roster;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import org.studytrip.common.text.Language;
import org.studytrip.common.web.ApiEnums;
import org.studytrip.common.text.LocalizedText;
import org.studytrip.participant.Participant;
import org.studytrip.person.Person;
import org.studytrip.person.PersonInput.ProtectedDetails;

/**
 * The columns of a trip's roster file, as exported and imported: each with its header, the tier of personal data it
 * belongs to (who may export it), and the field of a participation's input it fills on import (null: export only).
 * A file exported by the service imports again unchanged.
 */
enum RosterColumn {

    PARTICIPANT_ID("participantId", Tier.PUBLIC, null, row -> row.participant().id.toString()),
    ORGANISATION("organisation", Tier.PUBLIC, "organisationId",
            row -> row.participant().organisation == null ? null : row.participant().organisation.code),
    ORGANISATION_NAME("organisationName", Tier.PUBLIC, null,
            row -> row.participant().organisation == null ? null : row.language().of(row.participant().organisation.name)),
    ROLE("role", Tier.PUBLIC, "role", row -> ApiEnums.apiValue(row.participant().role)),
    FAMILY_NAME("familyName", Tier.PUBLIC, "person.familyName", row -> row.person().familyName),
    GIVEN_NAME("givenName", Tier.PUBLIC, "person.givenName", row -> row.person().givenName),
    FAMILY_NAME_NATIVE("familyNameNative", Tier.PUBLIC, "person.familyNameNative", row -> row.person().familyNameNative),
    GIVEN_NAME_NATIVE("givenNameNative", Tier.PUBLIC, "person.givenNameNative", row -> row.person().givenNameNative),
    POSITION("position", Tier.PUBLIC, "position.en", row -> position(row, LocalizedText::en)),
    POSITION_ZH("positionZh", Tier.PUBLIC, "position.zh", row -> position(row, LocalizedText::zh)),
    POSITION_KO("positionKo", Tier.PUBLIC, "position.ko", row -> position(row, LocalizedText::ko)),
    LANGUAGES("languages", Tier.PUBLIC, "person.languages", row -> String.join(";", row.person().languages)),
    EMAIL("email", Tier.CONTACT, "person.contact.email", row -> row.person().email),
    PHONE("phone", Tier.CONTACT, "person.contact.phone", row -> row.person().phone),
    PASSPORT_NUMBER("passportNumber", Tier.PROTECTED, "person.protectedDetails.passportNumber",
            row -> details(row, ProtectedDetails::passportNumber)),
    DATE_OF_BIRTH("dateOfBirth", Tier.PROTECTED, "person.protectedDetails.dateOfBirth",
            row -> details(row, details -> details.dateOfBirth() == null ? null : details.dateOfBirth().toString())),
    DIETARY_NOTES("dietaryNotes", Tier.PROTECTED, "person.protectedDetails.dietaryNotes",
            row -> details(row, ProtectedDetails::dietaryNotes)),
    MEDICAL_NOTES("medicalNotes", Tier.PROTECTED, "person.protectedDetails.medicalNotes",
            row -> details(row, ProtectedDetails::medicalNotes)),
    EMERGENCY_CONTACT("emergencyContact", Tier.PROTECTED, "person.protectedDetails.emergencyContact",
            row -> details(row, ProtectedDetails::emergencyContact));

    /** The tiers of personal data (DESIGN.md): who may export a column. */
    enum Tier { PUBLIC, CONTACT, PROTECTED }

    /** One participation as a row is exported, with what the caller may see of it. */
    record Row(Participant participant, Person person, ProtectedDetails details, Language language) {
    }

    final String header;
    final Tier tier;
    /** Where the column's value goes in a participation's input with its person inline, dotted; null: not imported. */
    final String inputField;
    final Function<Row, String> export;

    RosterColumn(String header, Tier tier, String inputField, Function<Row, String> export) {
        this.header = header;
        this.tier = tier;
        this.inputField = inputField;
        this.export = export;
    }

    static Optional<RosterColumn> byHeader(String header) {
        return Arrays.stream(values()).filter(column -> column.header.equals(header)).findFirst();
    }

    /** Whether the column fills a field of the person (rather than of the participation). */
    boolean ofPerson() {
        return inputField != null && inputField.startsWith("person.");
    }

    /** The JSON pointer of the column's field in the input of the record it belongs to (the person or the participation). */
    String pointer() {
        return "/" + (ofPerson() ? inputField.substring("person.".length()) : inputField).replace('.', '/');
    }

    private static String position(Row row, Function<LocalizedText, String> language) {
        return row.participant().position == null ? null : language.apply(row.participant().position);
    }

    private static String details(Row row, Function<ProtectedDetails, String> field) {
        return row.details() == null ? null : field.apply(row.details());
    }
}
