package org.studytrip.person;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.jboss.logging.Logger;
import org.studytrip.common.privacy.ProtectedReads;
import org.studytrip.common.privacy.Sealer;
import org.studytrip.person.PersonInput.ProtectedDetails;

/**
 * The one place that knows how a person's protected details are stored: as one sealed JSON value. At start-up
 * it seals what the pre-encryption columns still hold and seals anew what an older key sealed, so after a key
 * rotation and a restart every row names the current key.
 */
@ApplicationScoped
public class ProtectedDetailsVault {

    static final String PURPOSE = "person.protected_details";
    static final String MASK = "••••";
    private static final ProtectedDetails NONE = new ProtectedDetails(null, null, null, null, null);
    private static final Logger LOG = Logger.getLogger(ProtectedDetailsVault.class);

    private final Sealer sealer;
    private final ObjectMapper json;
    private final EntityManager entityManager;

    ProtectedDetailsVault(Sealer sealer, ObjectMapper json, EntityManager entityManager) {
        this.sealer = sealer;
        this.json = json;
        this.entityManager = entityManager;
    }

    /** Null when there is nothing to protect. */
    String seal(ProtectedDetails details) {
        if (details == null || NONE.equals(details)) {
            return null;
        }
        try {
            return sealer.seal(json.writeValueAsString(details), PURPOSE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write protected details: " + e.getClass().getSimpleName());
        }
    }

    ProtectedDetails open(Person person) {
        if (person.protectedDetails == null) {
            return NONE;
        }
        ProtectedReads.record();
        try {
            return json.readValue(sealer.open(person.protectedDetails, PURPOSE), ProtectedDetails.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not read protected details: " + e.getClass().getSimpleName());
        }
    }

    /** The passport number but for its last four characters ("••••5678"), for organisers' lists; null if none. */
    public String maskedPassport(Person person) {
        String passport = open(person).passportNumber();
        if (passport == null) {
            return null;
        }
        return MASK + (passport.length() > 4 ? passport.substring(passport.length() - 4) : "");
    }

    void sealAtStart(@Observes StartupEvent start) {
        int sealed = sealStoredValues();
        if (sealed > 0) {
            LOG.infof("Sealed the protected details of %d people with the current key", sealed);
        }
    }

    /** Seals legacy plain values and values under an older key; returns how many rows changed. */
    @Transactional
    public int sealStoredValues() {
        int changed = 0;
        @SuppressWarnings("unchecked")
        List<Object[]> plain = entityManager.createNativeQuery("""
                SELECT id, passport_number, date_of_birth, dietary_notes, medical_notes, emergency_contact FROM person
                WHERE protected_details IS NULL AND (passport_number IS NOT NULL OR date_of_birth IS NOT NULL
                    OR dietary_notes IS NOT NULL OR medical_notes IS NOT NULL OR emergency_contact IS NOT NULL)""")
                .getResultList();
        for (Object[] row : plain) {
            ProtectedDetails details = new ProtectedDetails((String) row[1],
                    localDate(row[2]), (String) row[3], (String) row[4], (String) row[5]);
            changed += store(row[0], seal(details));
        }
        @SuppressWarnings("unchecked")
        // Only the rows under another key: after the first start with a key, none, whatever the number of people.
        List<Object[]> older = entityManager.createNativeQuery("SELECT id, protected_details FROM person "
                        + "WHERE protected_details IS NOT NULL AND protected_details NOT LIKE ?1 ESCAPE '!'")
                .setParameter(1, sealer.currentPrefix().replaceAll("[!%_]", "!$0") + "%")
                .getResultList();
        int unreadable = 0;
        for (Object[] row : older) {
            String stored = (String) row[1];
            try {
                changed += store(row[0], sealer.seal(sealer.open(stored, PURPOSE), PURPOSE));
            } catch (IllegalStateException keyGoneOrValueDamaged) {
                unreadable++;
            }
        }
        if (unreadable > 0) {
            // The service still starts: everything else stays available, and the message says what to restore.
            LOG.errorf("The protected details of %d people cannot be opened with the configured keys: "
                    + "a key they were sealed with is missing from STUDYTRIP_ENCRYPTION_KEYS", unreadable);
        }
        return changed;
    }

    /** Hibernate answers DATE columns of native queries as LocalDate; older drivers as java.sql.Date. */
    private static LocalDate localDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    /** Sealing anew changes no content: no version bump, no change-log entry. */
    private int store(Object id, String sealed) {
        return entityManager.createNativeQuery("""
                UPDATE person SET protected_details = ?1, passport_number = NULL, date_of_birth = NULL,
                    dietary_notes = NULL, medical_notes = NULL, emergency_contact = NULL WHERE id = ?2""")
                .setParameter(1, sealed).setParameter(2, id).executeUpdate();
    }
}
