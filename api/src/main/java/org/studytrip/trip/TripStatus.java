package org.studytrip.trip;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where an edition stands; drafts are prepared by organisers and hidden from everyone else (later: roles). */
public enum TripStatus {
    @JsonProperty("draft") DRAFT,
    @JsonProperty("published") PUBLISHED,
    @JsonProperty("completed") COMPLETED,
    @JsonProperty("cancelled") CANCELLED
}
