package org.studytrip.common.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Files for spreadsheet programs (a roster, evaluations): RFC 4180 CSV by commons-csv, in UTF-8 with a byte-order mark
 * (without it, Excel reads Chinese and Korean as Latin-1). A cell that a spreadsheet would run as a formula (=, +, -,
 * @, tab or carriage return first) is written behind an apostrophe, which spreadsheets show as text.
 */
public final class CsvFile {

    public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";

    private static final char BOM = '\uFEFF';
    private static final Pattern FORMULA = Pattern.compile("^[=+\\-@\\t\\r]");

    private CsvFile() {
    }

    public static byte[] write(List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        out.write(BOM);
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(header);
            for (List<String> row : rows) {
                csv.printRecord(row.stream().map(CsvFile::neutralise).toList());
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String neutralise(String value) {
        return value != null && FORMULA.matcher(value).find() ? "'" + value : value;
    }
}
