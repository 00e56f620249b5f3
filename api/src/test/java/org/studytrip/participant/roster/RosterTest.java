package org.studytrip.participant.roster;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.studytrip.support.Auth;
import org.studytrip.support.Database;
import org.studytrip.support.PersonalDataMarkers;
import org.studytrip.support.Programme;
import org.studytrip.support.Seed;
import org.studytrip.support.StatementCounter;

/** The roster as spreadsheet programs read and write it, read back with commons-csv. */
@QuarkusTest
class RosterTest {

    private static final String HEADER = "familyName,givenName,familyNameNative,givenNameNative,role,organisation,"
            + "position,positionKo,email,phone,languages";

    private static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    StatementCounter statements;

    @Inject
    Database database;

    @Test
    void theExportRoundTripsChineseAndKoreanAndShowsEachRoleOnlyItsColumns() throws IOException {
        String trip = Programme.trip("published");
        String person = Programme.person("Roster");
        given().contentType("application/json").body("""
                {"personId": "%s", "role": "head-of-delegation", "organisationId": "%s",
                 "position": {"en": "Director", "zh": "主任", "ko": "국장"}}"""
                .formatted(person, Seed.organisationId("shenzhen-government")))
                .post("/api/v1/trips/" + trip + "/participants").then().statusCode(201);
        String url = "/api/v1/trips/" + trip + "/delegation.csv";

        byte[] organisers = given().get(url).then().statusCode(200).contentType(CSV)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("-delegation.csv"))
                .header("Cache-Control", org.hamcrest.Matchers.containsString("no-store")).extract().asByteArray();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(organisers[0], organisers[1], organisers[2]),
                "UTF-8 byte-order mark, for spreadsheet programs");
        CSVRecord row = records(organisers).get(0);
        assertEquals("测", row.get("familyNameNative"));
        assertEquals("试", row.get("givenNameNative"));
        assertEquals("국장", row.get("positionKo"));
        assertEquals("head-of-delegation", row.get("role"));
        assertEquals("shenzhen-government", row.get("organisation"));
        assertTrue(row.get("email").endsWith(PersonalDataMarkers.EMAIL_DOMAIN));
        assertEquals("'" + PersonalDataMarkers.PHONE_PREFIX + "1234", row.get("phone"), "+ neutralised as a formula");
        assertFalse(row.isMapped("passportNumber"), "protected details only when asked for");

        String partners = new String(given().header(Auth.as("partner")).get(url).then().statusCode(200).extract().asByteArray(),
                StandardCharsets.UTF_8);
        PersonalDataMarkers.all().forEach(marker -> assertFalse(partners.contains(marker), "partner sees " + marker));
        assertTrue(partners.contains("Roster"));
        given().header(Auth.as("partner")).queryParam("include", "protected").get(url).then().statusCode(403);
        given().header(Auth.ANONYMOUS).get(url).then().statusCode(401);

        long accessesBefore = database.count("select count(*) from personal_data_access");
        CSVRecord full = records(given().queryParam("include", "protected").get(url).then().statusCode(200)
                .extract().asByteArray()).get(0);
        assertTrue(full.get("passportNumber").startsWith(PersonalDataMarkers.PASSPORT_PREFIX));
        assertEquals(accessesBefore + 1, database.count("select count(*) from personal_data_access"),
                "the export is recorded in the person's access log");
        given().get("/api/v1/people/" + person + "/access-log").then().statusCode(200)
                .body("items[0].action", equalTo("export"));
    }

    @Test
    void aFileWithThreeBadRowsIsReportedWholeAndWritesNothingThenTheFixedFileImportsOnce() throws IOException {
        String trip = Programme.trip("published");
        String bad = HEADER + "\n"
                + "Li,Na,李,娜,member,shenzhen-government,Engineer,엔지니어,li.na@roster.invalid,+86 755 1234 5678,zh;en\n"
                + "Wang,,王,,member,lishui-government,,,wang@roster.invalid,,zh\n"
                + "Kim,Minji,김,민지,delegate,shenzhen-government,,,kim@roster.invalid,,ko\n"
                + "Zhao,Lei,赵,磊,member,no-such-government,,,not-an-email,,zh\n";
        String url = "/api/v1/trips/" + trip + "/delegation.csv";
        long participantsBefore = participants(trip);

        ExtractableResponse<Response> dryRun = given().queryParam("dryRun", "true").contentType(CSV).body(bad)
                .post(url).then().statusCode(200).body("committed", equalTo(false)).extract();
        List<Map<String, Object>> problems = dryRun.path("problems");
        assertEquals(List.of(3, 4, 5, 5), problems.stream().map(problem -> (Integer) problem.get("row")).toList(), problems.toString());
        assertEquals(List.of("givenName", "role", "email", "organisation"),
                problems.stream().map(problem -> (String) problem.get("column")).toList());
        assertEquals(participantsBefore, participants(trip), "a dry run writes nothing");

        given().contentType(CSV).body(bad).post(url).then().statusCode(400)
                .body("code", equalTo("validation-failed")).body("errors.field", equalTo(List.of(
                        "rows[3].givenName", "rows[4].role", "rows[5].email", "rows[5].organisation")));
        assertEquals(participantsBefore, participants(trip), "a file with problems writes nothing");

        String fixed = bad.replace("Wang,,王,,", "Wang,Fang,王,芳,").replace("delegate", "member")
                .replace("no-such-government", "lishui-government").replace("not-an-email", "zhao@roster.invalid");
        given().contentType(CSV).body(fixed).post(url).then().statusCode(200).body("committed", equalTo(true))
                .body("created", equalTo(4)).body("updated", equalTo(0));
        assertEquals(participantsBefore + 4, participants(trip));
        CSVRecord li = records(given().get(url).then().statusCode(200).extract().asByteArray()).stream()
                .filter(record -> record.get("familyName").equals("Li")).findFirst().orElseThrow();
        assertEquals("李", li.get("familyNameNative"));
        assertEquals("엔지니어", li.get("positionKo"));
        assertEquals("'+86 755 1234 5678", li.get("phone"));

        long changes = database.count("select count(*) from change_log");
        given().contentType(CSV).body(fixed).post(url).then().statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(4));
        assertEquals(changes, database.count("select count(*) from change_log"), "importing again changes nothing");
    }

    @Test
    void anExportImportsAgainUnchangedAndAChangedCellUpdatesOnlyThatRecord() throws IOException {
        String trip = Programme.trip("published");
        for (int i = 0; i < 3; i++) {
            Programme.participant(trip, Programme.person("Round" + i));
        }
        String url = "/api/v1/trips/" + trip + "/delegation.csv";
        String exported = new String(given().queryParam("include", "protected").get(url).then().statusCode(200)
                .extract().asByteArray(), StandardCharsets.UTF_8);
        given().contentType(CSV).body(exported).post(url).then().statusCode(200)
                .body("unchanged", equalTo(3)).body("updated", equalTo(0)).body("created", equalTo(0));
        String renamed = exported.replaceFirst("Round1", "Round1-renamed");
        given().contentType(CSV).body(renamed).post(url).then().statusCode(200)
                .body("updated", equalTo(1)).body("unchanged", equalTo(2));
        assertTrue(new String(given().get(url).then().extract().asByteArray(), StandardCharsets.UTF_8).contains("Round1-renamed"));
    }

    @Test
    void aFileThatIsNoCsvOrLacksColumnsIsACleanAnswer() {
        String url = "/api/v1/trips/" + Programme.trip("published") + "/delegation.csv";
        given().contentType(CSV).body("familyName,givenName,role\n\"unclosed,quote,member\n").post(url).then()
                .statusCode(400).body("code", equalTo("malformed-request"));
        given().queryParam("dryRun", "true").contentType(CSV).body("familyName,nickname\nLi,Lili\n").post(url).then()
                .statusCode(200).body("problems.code", equalTo(List.of("missing-column", "unknown-column", "missing-column")))
                .body("problems.column", equalTo(List.of("givenName", "nickname", "role")));
        given().header(Auth.as("partner")).contentType(CSV).body("familyName\n").post(url).then().statusCode(403);
    }

    @Test
    void exportAndDryRunCostTheSameStatementsWhateverTheSizeOfTheRoster() {
        String small = Programme.trip("published");
        String large = Programme.trip("published");
        Programme.participant(small, Programme.person("Small"));
        StringBuilder file = new StringBuilder(HEADER + "\n");
        for (int i = 0; i < 12; i++) {
            Programme.participant(large, Programme.person("Large" + i));
            file.append("New").append(i).append(",Person,,,member,shenzhen-government,,,new").append(i)
                    .append("@roster.invalid,,zh\n");
        }
        long one = statements.count(() -> given().queryParam("include", "protected")
                .get("/api/v1/trips/" + small + "/delegation.csv").then().statusCode(200));
        long twelve = statements.count(() -> given().queryParam("include", "protected")
                .get("/api/v1/trips/" + large + "/delegation.csv").then().statusCode(200));
        assertEquals(one, twelve, "export statements for 1 participant vs 12");
        long dryOne = statements.count(() -> given().queryParam("dryRun", "true").contentType(CSV)
                .body(HEADER + "\nNew,Person,,,member,shenzhen-government,,,n@roster.invalid,,zh\n")
                .post("/api/v1/trips/" + small + "/delegation.csv").then().statusCode(200));
        long dryTwelve = statements.count(() -> given().queryParam("dryRun", "true").contentType(CSV)
                .body(file.toString()).post("/api/v1/trips/" + large + "/delegation.csv").then().statusCode(200));
        assertEquals(dryOne, dryTwelve, "dry-run statements for 1 row vs 12");
    }

    private long participants(String trip) {
        return database.count("select count(*) from participant where trip_id = unhex(replace('" + trip + "', '-', ''))");
    }

    private static List<CSVRecord> records(byte[] file) throws IOException {
        String text = new String(file, StandardCharsets.UTF_8).substring(1);
        try (CSVParser parser = CSVParser.parse(new StringReader(text),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }
}
