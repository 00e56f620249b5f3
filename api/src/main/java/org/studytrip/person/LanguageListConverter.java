package org.studytrip.person;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/** Language tags as one short column ("zh,en"): no JSON columns, and never queried one by one. */
@Converter
public class LanguageListConverter implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> languages) {
        return languages == null || languages.isEmpty() ? null : String.join(",", languages);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column == null || column.isEmpty() ? new java.util.ArrayList<>() : new java.util.ArrayList<>(Arrays.asList(column.split(",")));
    }
}
