package org.studytrip.participant.consent;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum ConsentDecision {
    @JsonProperty("granted") GRANTED,
    @JsonProperty("withdrawn") WITHDRAWN
}
