package org.studytrip.programme;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.studytrip.support.Auth;
import org.studytrip.support.Programme;
import org.studytrip.support.StatementCounter;

/** What building each export of a trip costs the database does not grow with the programme: 1 session vs 12. */
@QuarkusTest
class ExportStatementsTest {

    private static final List<String> EXPORTS = List.of("calendar", "schedule.xml", "schedule.json", "linked-data",
            "booklet.pdf");

    @Inject
    StatementCounter statements;

    @Test
    void everyExportCostsTheSameStatementsWhateverTheSizeOfTheProgramme() {
        String small = Programme.trip("published");
        String large = Programme.trip("published");
        Programme.session(small, Programme.sessionBody("lecture", "Only one", "唯一", "2027-10-13T09:00:00+09:00")
                .put("venueId", Programme.venue("Small hall")));
        for (int i = 0; i < 12; i++) {
            Programme.session(large, Programme.sessionBody("lecture", "One of many " + i, "之一 " + i,
                    "2027-10-1%dT%02d:00:00+09:00".formatted(3 + i % 3, 9 + i % 6)).put("venueId", Programme.venue("Hall " + i)));
        }
        List<String> wrong = new ArrayList<>();
        for (String export : EXPORTS) {
            long one = statements.count(() -> given().header(Auth.ANONYMOUS).get("/api/v1/trips/" + small + "/" + export)
                    .then().statusCode(200));
            long twelve = statements.count(() -> given().header(Auth.ANONYMOUS).get("/api/v1/trips/" + large + "/" + export)
                    .then().statusCode(200));
            if (one != twelve || one > 8) {
                wrong.add(export + ": " + one + " statements for 1 session, " + twelve + " for 12");
            }
        }
        assertEquals(List.of(), wrong);
    }
}
