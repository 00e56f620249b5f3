package org.studytrip.session;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum SessionType {
    @JsonProperty("lecture") LECTURE,
    @JsonProperty("dialogue") DIALOGUE,
    @JsonProperty("site-visit") SITE_VISIT,
    @JsonProperty("workshop") WORKSHOP,
    @JsonProperty("ceremony") CEREMONY,
    @JsonProperty("travel") TRAVEL,
    @JsonProperty("meal") MEAL,
    @JsonProperty("free-time") FREE_TIME
}
