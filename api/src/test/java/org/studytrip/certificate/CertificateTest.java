package org.studytrip.certificate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Header;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.studytrip.support.Auth;
import org.studytrip.support.BadInputHarness;
import org.studytrip.support.Database;
import org.studytrip.support.PersonalDataMarkers;
import org.studytrip.support.Programme;
import org.studytrip.support.StatementCounter;

/** Certificates issued from attendance, printed, signed as credentials, verified and revoked. */
@QuarkusTest
class CertificateTest {

    @Inject
    StatementCounter statements;

    @Inject
    Database database;

    /** A published trip with a Chinese title and one lecture, which its attended delegates meet the rule with. */
    private record Trip(String id, String lecture) {
    }

    private static Trip trip() {
        String id = Programme.trip("published", LocalDate.parse("2027-10-13"), LocalDate.parse("2027-10-15"),
                "{\"en\": \"Climate adaptation study trip\", \"zh\": \"气候适应考察\"}");
        return new Trip(id, Programme.session(id, "Heat and health"));
    }

    /** A delegate with a Chinese name and marker data in every tier; attended the lecture when {@code attended}. */
    private static String delegate(Trip trip, String familyName, boolean attended) {
        ObjectNode person = PersonalDataMarkers.person(familyName, "Wei").put("familyNameNative", "张").put("givenNameNative", "伟");
        String participant = given().contentType("application/json")
                .body("{\"role\": \"member\", \"person\": " + person + "}")
                .post("/api/v1/trips/" + trip.id() + "/participants").then().statusCode(201).extract().path("id");
        given().contentType("application/json").body("{\"marks\": [{\"participantId\": \"" + participant
                + "\", \"status\": \"" + (attended ? "present" : "absent") + "\"}]}")
                .post("/api/v1/sessions/" + trip.lecture() + "/attendance").then().statusCode(200);
        return participant;
    }

    private static ExtractableResponse<Response> issue(String participant) {
        return given().post("/api/v1/participants/" + participant + "/certificates").then().extract();
    }

    @Test
    void anEligibleDelegateIsIssuedACertificateToPrintWithAQrCodeOfItsVerificationPage() throws Exception {
        Trip trip = trip();
        String participant = delegate(trip, "Zhang", true);
        ExtractableResponse<Response> issued = issue(participant);
        assertEquals(201, issued.statusCode(), issued.asString());
        String id = issued.path("id");
        String serial = issued.path("serial");
        assertTrue(serial.matches("[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){3}"), serial);
        assertEquals("/api/v1/certificates/" + id, java.net.URI.create(issued.header("Location")).getPath());
        assertEquals("http://localhost:5173/verify/" + serial, issued.path("verificationUrl"));
        given().get("/api/v1/certificates/" + id).then().statusCode(200).body("holder.latin", equalTo("Wei ZHANG"))
                .body("holder.nativeScript", equalTo("张伟")).body("minutesAttended", equalTo(60))
                .body("status", equalTo("valid")).body("issuer.en", equalTo("ICLEI East Asia Secretariat"));

        byte[] pdf = given().get("/api/v1/certificates/" + id + "/certificate.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("张伟"), text);
            assertTrue(text.contains("Wei ZHANG"), text);
            assertTrue(text.contains("气候适应考察"), text);
            assertTrue(text.contains("Climate adaptation study trip"), text);
            assertTrue(text.contains(serial), text);
            var page = new PDFRenderer(document).renderImageWithDPI(0, 200);
            String scanned = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(page))), Map.of(DecodeHintType.TRY_HARDER, true)).getText();
            assertEquals("http://localhost:5173/verify/" + serial, scanned);
        }
    }

    @Test
    void onlyDelegatesWhoMeetTheRuleAreIssuedOneAndIssuingTheTripTwiceIssuesOnce() {
        Trip trip = trip();
        String attended = delegate(trip, "Li", true);
        String absent = delegate(trip, "Wang", false);
        given().contentType("application/json").body("{\"personId\": \"" + Programme.person("Interpreter")
                + "\", \"role\": \"interpreter\"}").post("/api/v1/trips/" + trip.id() + "/participants").then().statusCode(201);

        given().post("/api/v1/participants/" + absent + "/certificates").then().statusCode(409)
                .body("code", equalTo("not-eligible")).body("detail", containsString("the rule asks 80 %"));

        String url = "/api/v1/trips/" + trip.id() + "/certificates";
        given().post(url).then().statusCode(200)
                .body("issued.participantId", contains(attended))
                .body("skipped.participantId", contains(absent)).body("skipped.reason", contains("not-eligible"));
        given().post(url).then().statusCode(200).body("issued", empty())
                .body("skipped.find { it.participantId == '" + attended + "' }.reason", equalTo("already-issued"));
        given().get(url).then().statusCode(200).body("totalItems", equalTo(1));
        given().post("/api/v1/participants/" + attended + "/certificates").then().statusCode(409)
                .body("code", equalTo("certificate-exists"));

        // What a certificate was issued from stays: its participation and its trip are not deleted.
        given().header("If-Match", "\"0\"").delete("/api/v1/participants/" + attended).then().statusCode(409)
                .body("references[0].type", equalTo("certificate"));
        String tripTag = given().get("/api/v1/trips/" + trip.id()).header("ETag");
        given().header("If-Match", tripTag).delete("/api/v1/trips/" + trip.id() + "?cascade=true").then().statusCode(409)
                .body("references.type", contains("certificate"));
        given().get("/api/v1/sessions/" + trip.lecture()).then().statusCode(200);
    }

    @Test
    void aCertificateReplacedAfterANameCorrectionStandsReplacedAndItsSuccessorCarriesTheName() {
        Trip trip = trip();
        String participant = delegate(trip, "Chan", true);
        ExtractableResponse<Response> first = issue(participant);
        String person = given().get("/api/v1/participants/" + participant).path("person.id");
        given().header("If-Match", given().get("/api/v1/people/" + person).header("ETag"))
                .contentType("application/merge-patch+json").body("{\"familyName\": \"Chen\"}")
                .patch("/api/v1/people/" + person).then().statusCode(200);

        ExtractableResponse<Response> successor = given().post("/api/v1/certificates/" + first.path("id") + "/replacement")
                .then().statusCode(201).extract();
        assertEquals("Wei CHEN", successor.path("holder.latin"));
        assertEquals(60, (int) successor.path("minutesAttended"));
        given().get("/api/v1/certificates/" + first.path("id")).then().statusCode(200).body("status", equalTo("replaced"))
                .body("holder.latin", equalTo("Wei CHAN"))
                .body("revocationReason", equalTo("Replaced by certificate " + successor.path("serial") + "."));
        given().post("/api/v1/certificates/" + first.path("id") + "/replacement").then().statusCode(409)
                .body("code", equalTo("certificate-not-valid"));
        given().get("/api/v1/trips/" + trip.id() + "/certificates").then().body("items.status", contains("replaced", "valid"));
    }

    @Test
    void twoOrganisersIssuingAtTheSameMomentIssueOneCertificateEach() throws Exception {
        Trip trip = trip();
        List<String> delegates = List.of(delegate(trip, "Both", true), delegate(trip, "Clicked", true));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int click = 0; click < 4; click++) {
                boolean wholeTrip = click % 2 == 0;
                answers.add(pool.submit(() -> wholeTrip
                        ? given().post("/api/v1/trips/" + trip.id() + "/certificates").then().extract().statusCode()
                        : given().post("/api/v1/participants/" + delegates.get(0) + "/certificates").then().extract().statusCode()));
            }
            for (var answer : answers) {
                assertTrue(Set.of(200, 201, 409).contains(answer.get()), "answered " + answer.get());
            }
        } finally {
            pool.shutdown();
        }
        given().get("/api/v1/trips/" + trip.id() + "/certificates").then().statusCode(200)
                .body("items.participantId.sort()", equalTo(delegates.stream().sorted().toList()));
    }

    @Test
    void theCredentialVerifiesWithThePublishedKeyInAnotherLibraryAndItsRevocationIsPublished() throws Exception {
        Trip trip = trip();
        String participant = delegate(trip, "Chen", true);
        String id = issue(participant).path("id");
        String credential = given().get("/api/v1/certificates/" + id + "/credential").then().statusCode(200)
                .contentType("application/vc+jwt").extract().asString();
        JWKSet keys = JWKSet.parse(given().header(Auth.ANONYMOUS).get("/api/v1/credentials/keys").then().statusCode(200)
                .contentType("application/jwk-set+json").extract().asString());

        SignedJWT jwt = SignedJWT.parse(credential);
        assertEquals("RS256", jwt.getHeader().getAlgorithm().getName());
        assertTrue(jwt.getHeader().getKeyID().matches("https?://.+/api/v1/credentials/keys#[A-Za-z0-9_-]{43}"),
                jwt.getHeader().getKeyID());
        RSAKey key = (RSAKey) keys.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertNotNull(key, "the credential's key is published");
        assertFalse(key.isPrivate(), "only the public part is published");
        assertTrue(jwt.verify(new RSASSAVerifier(key)), "the signature verifies with the published key");
        Map<String, Object> claims = jwt.getJWTClaimsSet().getClaims();
        assertTrue(((List<?>) claims.get("type")).contains("OpenBadgeCredential"), claims.toString());
        assertEquals("urn:uuid:" + id, claims.get("jti"));
        @SuppressWarnings("unchecked")
        Map<String, Object> subject = (Map<String, Object>) claims.get("credentialSubject");
        assertTrue(subject.toString().contains("Wei CHEN") && subject.toString().contains("张伟"), subject.toString());
        assertFalse(claims.toString().contains(PersonalDataMarkers.EMAIL_DOMAIN), "no contact data in the credential");

        // Tampered: another name under the same signature does not verify.
        String[] parts = credential.split("\\.");
        String forgedPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(new String(
                Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8)
                .replace("Wei CHEN", "Wei CHAN").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertFalse(SignedJWT.parse(parts[0] + "." + forgedPayload + "." + parts[2]).verify(new RSASSAVerifier(key)));

        @SuppressWarnings("unchecked")
        Map<String, Object> status = (Map<String, Object>) claims.get("credentialStatus");
        assertEquals("BitstringStatusListEntry", status.get("type"));
        assertFalse(revoked(status, claims.get("issuer"), keys), "valid before revocation");

        given().contentType("application/json").body("{\"reason\": \"Attendance recorded in error\"}")
                .post("/api/v1/certificates/" + id + "/revocation").then().statusCode(200)
                .body("status", equalTo("revoked")).body("revocationReason", equalTo("Attendance recorded in error"));
        assertTrue(revoked(status, claims.get("issuer"), keys), "the list says revoked");
        given().contentType("application/json").body("{\"reason\": \"Twice\"}")
                .post("/api/v1/certificates/" + id + "/revocation").then().statusCode(409)
                .body("code", equalTo("certificate-not-valid"));
        // Once revoked, the delegate may be issued a new certificate.
        assertEquals(201, issue(participant).statusCode());
        given().get("/api/v1/trips/" + trip.id() + "/certificates").then().body("items.status", contains("revoked", "valid"));
    }

    /** Reads the issuer's revocation list as a verifier would: signature and issuer first, then the bit. */
    private static boolean revoked(Map<String, Object> status, Object issuer, JWKSet keys) throws Exception {
        int index = Integer.parseInt((String) status.get("statusListIndex"));
        String listUrl = (String) status.get("statusListCredential");
        SignedJWT list = SignedJWT.parse(given().header(Auth.ANONYMOUS).get(java.net.URI.create(listUrl).getPath())
                .then().statusCode(200).contentType("application/vc+jwt").extract().asString());
        assertTrue(list.verify(new RSASSAVerifier((RSAKey) keys.getKeyByKeyId(list.getHeader().getKeyID()))));
        assertEquals(((Map<?, ?>) issuer).get("id"), list.getJWTClaimsSet().getClaim("issuer"), "the list is the issuer's own");
        assertEquals(listUrl, list.getJWTClaimsSet().getClaim("id"));
        @SuppressWarnings("unchecked")
        Map<String, Object> subject = (Map<String, Object>) list.getJWTClaimsSet().getClaim("credentialSubject");
        String encoded = (String) subject.get("encodedList");
        assertTrue(encoded.startsWith("u"), encoded.substring(0, 10));
        byte[] bits;
        try (GZIPInputStream zip = new GZIPInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(encoded.substring(1))))) {
            bits = zip.readAllBytes();
        }
        assertEquals(131_072 / 8, bits.length);
        return (bits[index / 8] & (0x80 >>> (index % 8))) != 0;
    }

    @Test
    void anyoneVerifiesBySerialAndLearnsNothingMoreButGuessingSerialsMeetsTheLimit() {
        Trip trip = trip();
        String participant = delegate(trip, "Zhou", true);
        String serial = issue(participant).path("serial");
        String revokedSerial;
        {
            String other = delegate(trip, "Xu", true);
            var certificate = issue(other);
            revokedSerial = certificate.path("serial");
            given().contentType("application/json").body("{\"reason\": \"Name misspelt\"}")
                    .post("/api/v1/certificates/" + certificate.path("id") + "/revocation").then().statusCode(200);
        }

        String answer = given().header(Auth.ANONYMOUS).get("/api/v1/verifications/" + serial.toLowerCase().replace("-", ""))
                .then().statusCode(200).body("status", equalTo("valid")).body("serial", equalTo(serial))
                .body("holder.latin", equalTo("Wei ZHOU")).body("holder.nativeScript", equalTo("张伟"))
                .body("trip.zh", equalTo("气候适应考察")).body("issuer.en", equalTo("ICLEI East Asia Secretariat"))
                .extract().asString();
        assertEquals(Set.of("serial", "status", "holder", "trip", "startDate", "endDate", "issuer", "issuedAt"),
                new java.util.TreeSet<>(BadInputHarness.parse(answer).properties().stream().map(Map.Entry::getKey).toList())
                        .stream().collect(java.util.stream.Collectors.toSet()));
        PersonalDataMarkers.all().forEach(marker -> assertFalse(answer.contains(marker), marker));
        given().header(Auth.ANONYMOUS).get("/api/v1/verifications/" + revokedSerial).then().statusCode(200)
                .body("status", equalTo("revoked")).body(not(containsString("misspelt")));
        given().header(Auth.ANONYMOUS).get("/api/v1/verifications/0000000000000000000A").then().statusCode(404)
                .body("code", equalTo("not-found"));

        // The guesser is a client of its own (behind a trusted proxy): other tests' lookups keep their budget.
        Header guesser = new Header("X-Forwarded-For", "203.0.113.77");
        int tooMany = 0;
        for (int guess = 0; guess < 120 && tooMany == 0; guess++) {
            ExtractableResponse<Response> response = given().header(Auth.ANONYMOUS).header(guesser)
                    .get("/api/v1/verifications/" + UUID.randomUUID().toString().substring(0, 20)).then().extract();
            if (response.statusCode() == 429) {
                tooMany = guess;
                assertTrue(Integer.parseInt(response.header("Retry-After")) > 0);
                assertEquals("rate-limited", response.path("code"));
            } else {
                assertEquals(404, response.statusCode());
            }
        }
        assertTrue(tooMany >= 40 && tooMany <= 41, "the burst of 40 guesses, then 429: met the limit after " + tooMany);
        // Past the limit, a real serial gets no answer either: the limit is no oracle.
        given().header(Auth.ANONYMOUS).header(guesser).get("/api/v1/verifications/" + serial).then().statusCode(429);
        given().header(Auth.ANONYMOUS).get("/api/v1/verifications/" + serial).then().statusCode(200);
    }

    @Test
    void aDelegateSeesTheirOwnCertificatesPartnersNoneAndErasureRevokesAndForgetsTheName() {
        Trip trip = trip();
        String participant = delegate(trip, "Gao", true);
        String person = given().get("/api/v1/participants/" + participant).path("person.id");
        String other = delegate(trip, "Lin", true);
        given().post("/api/v1/trips/" + trip.id() + "/certificates").then().statusCode(200);
        String own = given().get("/api/v1/trips/" + trip.id() + "/certificates").then().extract()
                .path("items.find { it.participantId == '" + participant + "' }.id");
        String others = given().get("/api/v1/trips/" + trip.id() + "/certificates").then().extract()
                .path("items.find { it.participantId == '" + other + "' }.id");

        given().header(Auth.asParticipant(person)).get("/api/v1/trips/" + trip.id() + "/certificates").then()
                .statusCode(200).body("items.id", contains(own)).header("Cache-Control", equalTo("no-store"));
        given().header(Auth.asParticipant(person)).get("/api/v1/certificates/" + own + "/certificate.pdf").then().statusCode(200);
        given().header(Auth.asParticipant(person)).get("/api/v1/certificates/" + others).then().statusCode(404);
        given().header(Auth.as("partner")).get("/api/v1/certificates/" + own).then().statusCode(403);
        given().header(Auth.as("partner")).get("/api/v1/trips/" + trip.id() + "/certificates").then().statusCode(403);
        given().header(Auth.asParticipant(person)).post("/api/v1/trips/" + trip.id() + "/certificates").then().statusCode(403);

        String tag = given().get("/api/v1/people/" + person).header("ETag");
        given().header("If-Match", tag).delete("/api/v1/people/" + person + "/personal-data").then().statusCode(204);
        given().get("/api/v1/certificates/" + own).then().statusCode(200).body("status", equalTo("revoked"))
                .body("holder.latin", equalTo("(erased)")).body("holder.nativeScript", equalTo(null));
        given().get("/api/v1/certificates/" + own + "/credential").then().statusCode(404);
    }

    @Test
    void theListCostsTheSameStatementsForOneCertificateAndForTwelve() {
        String small = tripWithCertificates(1);
        String large = tripWithCertificates(12);
        long one = statements.count(() -> given().get(small).then().statusCode(200));
        long twelve = statements.count(() -> given().get(large).then().statusCode(200));
        assertEquals(one, twelve, "statements for 1 and for 12 certificates");
        given().get(large).then().body("items.serial", not(empty())).body("items[0].serial", matchesPattern("[0-9A-Z-]{23}"));
    }

    @TestFactory
    Stream<DynamicTest> badRevocationsAreRefusedAndRevokeNothing() {
        String id = issue(delegate(trip(), "Harness", true)).path("id");
        return BadInputHarness.writeCases(database, Map.of("revoked", "select count(*) from certificate where status <> 'VALID'"),
                new BadInputHarness.Write("POST", "/api/v1/certificates/" + id + "/revocation", null,
                        () -> BadInputHarness.parse("{\"reason\": \"Issued in error\"}"), List.of("reason"),
                        Map.of("reason", 500), List.of()));
    }

    private static String tripWithCertificates(int count) {
        Trip trip = trip();
        for (int index = 0; index < count; index++) {
            delegate(trip, "Counted" + index, true);
        }
        given().post("/api/v1/trips/" + trip.id() + "/certificates").then().statusCode(200);
        return "/api/v1/trips/" + trip.id() + "/certificates";
    }
}
