package org.studytrip.participant.consent;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a participant's personal data may be used for, each agreed (or withdrawn) on its own (PIPL, PIPA). */
public enum ConsentPurpose {
    /** Organising the trip: visas, travel, rooms, meals, certificates. */
    @JsonProperty("programme-administration") PROGRAMME_ADMINISTRATION,
    /** Sending personal data to the host country and its organisations (cross-border transfer). */
    @JsonProperty("cross-border-transfer") CROSS_BORDER_TRANSFER,
    /** Photos and names in reports and publicity about the programme. */
    @JsonProperty("photos-and-publicity") PHOTOS_AND_PUBLICITY,
    /** Contact details shared with fellow delegates and hosts for networking. */
    @JsonProperty("contact-sharing") CONTACT_SHARING
}
