package org.studytrip.session;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Changed and cancelled sessions carry a reason, so delegates on the road know what happened. */
public enum SessionStatus {
    @JsonProperty("scheduled") SCHEDULED,
    @JsonProperty("changed") CHANGED,
    @JsonProperty("cancelled") CANCELLED
}
