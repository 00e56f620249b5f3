package org.studytrip.programme.booklet;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.IOException;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.studytrip.support.Auth;
import org.studytrip.support.Programme;
import org.studytrip.support.Seed;

/** The printed programme, read back with PDFBox as a printer or a screen reader would take its text. */
@QuarkusTest
class BookletTest {

    @Test
    void theBookletHoldsTheChineseTitlesBothTimesTheKoreanAddressAndTheOrganisersContact() throws IOException {
        String trip = tripOfOwnOrganiser();
        ObjectNode walk = session("Sponge city walk", "海绵城市考察", "2027-10-14T09:30:00+09:00");
        walk.put("venueId", Programme.venue("Seoul City Hall"));
        Programme.session(trip, walk);
        ObjectNode tour = session("Harbour tour", "港口参观", "2027-10-15T14:00:00+09:00");
        tour.put("status", "cancelled").putObject("statusReason").put("en", "Typhoon warning").put("zh", "台风预警");
        Programme.session(trip, tour);
        given().contentType("application/json").body("""
                {"role": "member", "organisationId": "%s", "person": {"familyName": "Li", "givenName": "Na"}}"""
                .formatted(Seed.organisationId("shenzhen-government")))
                .post("/api/v1/trips/" + trip + "/participants").then().statusCode(201);

        ExtractableResponse<Response> answer = given().header(Auth.ANONYMOUS).queryParam("lang", "zh")
                .get("/api/v1/trips/" + trip + "/booklet.pdf").then().statusCode(200).contentType("application/pdf")
                .header("Content-Language", "zh").extract();
        try (PDDocument pdf = Loader.loadPDF(answer.asByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("海绵城市考察"), text);
            assertTrue(text.contains("Sponge city walk"), "English below the Chinese: " + text);
            assertTrue(text.contains("09:30–11:00"), "Seoul time: " + text);
            assertTrue(text.contains("08:30–10:00"), "Shenzhen's (China's) time: " + text);
            assertTrue(text.contains("서울특별시 중구 세종대로 110"), "the Korean address: " + text);
            assertTrue(text.contains("台风预警"), "why the tour was cancelled: " + text);
            assertTrue(text.contains("+82 2 555 0199") && text.contains("booklet-office@example.org"), "the organiser's contact");
            PDFont font = pdf.getPage(0).getResources().getFont(pdf.getPage(0).getResources().getFontNames().iterator().next());
            assertTrue(font.isEmbedded(), "the font travels with the file");
        }
        given().header(Auth.ANONYMOUS).queryParam("lang", "zh").header("If-None-Match", answer.header("ETag"))
                .get("/api/v1/trips/" + trip + "/booklet.pdf").then().statusCode(304);
    }

    @Test
    void aDraftsBookletIsUnknown() {
        given().header(Auth.ANONYMOUS).get("/api/v1/trips/" + Programme.trip("draft") + "/booklet.pdf").then().statusCode(404);
    }

    private static String tripOfOwnOrganiser() {
        String code = "booklet-" + UUID.randomUUID().toString().substring(0, 8);
        String organiser = given().contentType("application/json").body("""
                {"code": "%s", "name": {"en": "Booklet secretariat", "zh": "手册秘书处"}, "type": "secretariat",
                 "country": "KR", "email": "booklet-office@example.org", "phone": "+82 2 555 0199"}""".formatted(code))
                .post("/api/v1/organisations").then().statusCode(201).extract().path("id");
        return given().contentType("application/json").body("""
                {"code": "%s", "title": {"en": "Booklet trip", "zh": "手册考察"}, "hostCountry": "KR", "timeZone": "Asia/Seoul",
                 "startDate": "2027-10-13", "endDate": "2027-10-15", "status": "published", "organiserId": "%s"}"""
                .formatted(code, organiser)).post("/api/v1/trips").then().statusCode(201).extract().path("id");
    }

    private static ObjectNode session(String title, String chinese, String startsAt) {
        return Programme.sessionBody("site-visit", title, chinese, startsAt);
    }
}
