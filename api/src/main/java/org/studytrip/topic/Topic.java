package org.studytrip.topic;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.studytrip.common.persistence.VersionedEntity;
import org.studytrip.common.text.LocalizedDescription;
import org.studytrip.common.text.LocalizedText;

/** A theme of the programme, such as urban resilience or nature-based solutions. */
@Entity
@Table(name = "topic")
public class Topic extends VersionedEntity {

    public String code;

    public LocalizedText name;

    public LocalizedDescription description;
}
