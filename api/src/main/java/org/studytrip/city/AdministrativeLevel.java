package org.studytrip.city;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Levels of China's administrative divisions that send delegations (other countries map onto the nearest). */
public enum AdministrativeLevel {
    @JsonProperty("province") PROVINCE,
    @JsonProperty("prefecture-level-city") PREFECTURE_LEVEL_CITY,
    @JsonProperty("sub-provincial-city") SUB_PROVINCIAL_CITY,
    @JsonProperty("municipality") MUNICIPALITY,
    @JsonProperty("county") COUNTY,
    @JsonProperty("district") DISTRICT
}
