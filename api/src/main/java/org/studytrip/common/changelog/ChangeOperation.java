package org.studytrip.common.changelog;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a write did to a record; stored by constant name, shown to clients in lower case. */
public enum ChangeOperation {
    @JsonProperty("created") CREATED,
    @JsonProperty("updated") UPDATED,
    @JsonProperty("deleted") DELETED
}
