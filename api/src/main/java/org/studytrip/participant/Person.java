package org.studytrip.participant;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.studytrip.common.persistence.VersionedEntity;

/**
 * Someone recorded once, whatever trips they join. Holds all three tiers of personal data: the public profile
 * (names, languages), contact details and protected details; only the person's own detail resource shows the
 * last two. (Encryption at rest of the protected tier comes with authentication and roles.)
 */
@Entity
@Table(name = "person")
public class Person extends VersionedEntity {

    public String familyName;

    public String givenName;

    public String familyNameNative;

    public String givenNameNative;

    @Convert(converter = LanguageListConverter.class)
    public List<String> languages = new ArrayList<>();

    public String email;

    public String phone;

    public String passportNumber;

    public LocalDate dateOfBirth;

    public String dietaryNotes;

    public String medicalNotes;

    public String emergencyContact;
}
