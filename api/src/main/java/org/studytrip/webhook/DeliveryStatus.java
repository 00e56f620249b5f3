package org.studytrip.webhook;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a delivery stands: waiting to be sent (or sent again), accepted by the receiver, or not to be sent. */
public enum DeliveryStatus {
    @JsonProperty("pending") PENDING,
    @JsonProperty("delivered") DELIVERED,
    /** The change concerns what partners may not see (a draft trip): nothing is sent. */
    @JsonProperty("skipped") SKIPPED
}
