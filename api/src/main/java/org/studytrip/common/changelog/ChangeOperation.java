package org.studytrip.common.changelog;

public enum ChangeOperation {
    CREATED, UPDATED, DELETED
}
