package org.studytrip.organisation;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What kind of body an organisation is; a local government points to its city, a national body to none. */
public enum OrganisationType {
    @JsonProperty("national-body") NATIONAL_BODY,
    @JsonProperty("government-agency") GOVERNMENT_AGENCY,
    @JsonProperty("public-institution") PUBLIC_INSTITUTION,
    @JsonProperty("public-private-partnership") PUBLIC_PRIVATE_PARTNERSHIP,
    @JsonProperty("local-government") LOCAL_GOVERNMENT,
    @JsonProperty("secretariat") SECRETARIAT,
    @JsonProperty("other") OTHER
}
