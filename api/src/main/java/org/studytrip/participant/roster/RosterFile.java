package org.studytrip.participant.roster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.studytrip.common.problem.ProblemException;
import org.studytrip.common.problem.ProblemType;
import org.studytrip.common.web.CsvFile;

/**
 * Roster files as spreadsheet programs open and save them, written as {@link CsvFile} writes any export; reading
 * skips the byte-order mark and takes the apostrophe before a neutralised formula off again, so that a phone number
 * such as +86 10 1234 5678 survives the round trip.
 */
final class RosterFile {

    static final String MEDIA_TYPE = CsvFile.MEDIA_TYPE;

    private static final char BOM = '\uFEFF';
    private static final Pattern NEUTRALISED = Pattern.compile("^'[=+\\-@\\t\\r]");

    private RosterFile() {
    }

    static byte[] write(List<RosterColumn> columns, List<RosterColumn.Row> rows) {
        return CsvFile.write(columns.stream().map(column -> column.header).toList(), rows.stream()
                .map(row -> columns.stream().map(column -> column.export.apply(row)).toList()).toList());
    }

    /**
     * The file's header and records (a byte-order mark first is skipped); a file that is not CSV (an unclosed quote,
     * a header named twice) is a 400 that says so.
     */
    static Parsed read(String file) {
        String text = !file.isEmpty() && file.charAt(0) == BOM ? file.substring(1) : file;
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(false).setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).get();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            return new Parsed(List.copyOf(parser.getHeaderNames()), parser.getRecords());
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException notCsv) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The body is not a CSV file with one header row "
                    + "of distinct column names (RFC 4180): " + firstLine(notCsv.getMessage()));
        }
    }

    /** The header names, and the records in order; a record's row in a spreadsheet is its number plus one. */
    record Parsed(List<String> header, List<CSVRecord> records) {
    }

    static String cell(CSVRecord record, String header) {
        if (!record.isMapped(header) || !record.isSet(header)) {
            return null;
        }
        String value = record.get(header).strip();
        if (NEUTRALISED.matcher(value).find()) {
            value = value.substring(1);
        }
        return value.isEmpty() ? null : value;
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
    }
}
