package org.studytrip.topic;

import org.studytrip.common.web.ListDescription;
import org.studytrip.common.web.ListParameters;

/** Topics are narrowed by text only. */
@ListDescription("Filter by text; sortable by code, name, createdAt, updatedAt.")
public class TopicFilter extends ListParameters {
}
