package org.studytrip.changes;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.Optional;
import org.studytrip.common.web.ApiEnums;

/** The records the change feeds carry, named as the change log names them. */
public enum ChangeType {
    @JsonProperty("trip") TRIP,
    @JsonProperty("session") SESSION,
    @JsonProperty("venue") VENUE,
    @JsonProperty("expert") EXPERT,
    @JsonProperty("topic") TOPIC,
    @JsonProperty("organisation") ORGANISATION,
    @JsonProperty("city") CITY,
    @JsonProperty("participant") PARTICIPANT,
    @JsonProperty("person") PERSON;

    /** The change log's name of the type. */
    String logName() {
        return ApiEnums.apiValue(this);
    }

    /** The type the change log names so, if the feeds carry it. */
    static Optional<ChangeType> ofLogName(String name) {
        return Arrays.stream(values()).filter(type -> type.logName().equals(name)).findFirst();
    }

    /** Records of these types show a trip's people: only to those who may know of them. */
    boolean people() {
        return this == PARTICIPANT || this == PERSON;
    }
}
