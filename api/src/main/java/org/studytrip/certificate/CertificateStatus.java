package org.studytrip.certificate;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A certificate is valid until it is revoked (with a reason) or replaced by a new one (a corrected name, say). */
public enum CertificateStatus {
    @JsonProperty("valid") VALID,
    @JsonProperty("revoked") REVOKED,
    @JsonProperty("replaced") REPLACED
}
