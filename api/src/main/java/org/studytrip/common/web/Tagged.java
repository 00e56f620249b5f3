package org.studytrip.common.web;

/** An aggregate representation with the ETag computed from the rows it was built of. */
public record Tagged<T>(T body, String etag) {
}
