package org.studytrip.common.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Short codes as one column ("zh,en"; "session.created,session.updated"): no JSON columns, for lists that are read
 * and written whole.
 */
@Converter
public class TextListConverter implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> codes) {
        return codes == null || codes.isEmpty() ? null : String.join(",", codes);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column == null || column.isEmpty() ? new ArrayList<>() : new ArrayList<>(Arrays.asList(column.split(",")));
    }
}
