package org.studytrip.common.web;

import java.util.UUID;

/** A representation of a stored resource: its id (for Location) and the version its ETag is made from. */
public interface VersionedView {

    UUID id();

    long version();
}
