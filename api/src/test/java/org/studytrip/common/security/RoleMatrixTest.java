package org.studytrip.common.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Header;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.studytrip.support.Auth;
import org.studytrip.support.ContractValidation;
import org.studytrip.support.Seed;

/**
 * Every operation of the contract, called by each role, against a table of expectations written here by hand
 * (DESIGN.md's tier table), not read from the annotations under test. An operation without a row fails.
 */
@QuarkusTest
class RoleMatrixTest {

    /** Per role, in the order anonymous, partner, participant, organiser: Y allowed, 1 = 401, 3 = 403. */
    private static final Map<String, String> EXPECTED = new HashMap<>();

    private static void expect(String access, String... operations) {
        for (String operation : operations) {
            EXPECTED.put(operation, access);
        }
    }

    static {
        // The programme is public (drafts aside, which answer 404 to all but organisers).
        expect("YYYY", "listCities", "getCity", "listTopics", "getTopic", "listOrganisations", "getOrganisation",
                "listTrips", "getTrip", "listSessions", "getSession", "getItinerary", "getTripTopics",
                "listVenues", "getVenue", "listExperts", "getExpert", "listTripChanges", "streamTripEvents",
                "getTripCalendar", "getTripScheduleXml", "getTripScheduleJson", "getTripLinkedData", "getTripBooklet");
        // A personal calendar feed: its secret address is the key, for calendar apps that cannot sign in.
        expect("YYYY", "getPersonalCalendar");
        // Personal calendar feeds are made and revoked by their participant, or by an organiser for them.
        expect("13YY", "createCalendarSubscription", "listCalendarSubscriptions", "getCalendarSubscription",
                "deleteCalendarSubscription");
        // The certificate rule is part of the trip's public programme; organisers change it.
        expect("YYYY", "getCertificateRule");
        expect("133Y", "replaceCertificateRule");
        // Attendance: counts for everyone signed in (marks only for organisers, a delegate their own); organisers
        // mark and show the check-in code; only a delegate checks in.
        expect("1YYY", "getSessionAttendance");
        expect("133Y", "recordAttendance", "getCheckInCode", "getTripEligibility");
        expect("13Y3", "checkIn");
        // A participation's eligibility and certificates: organisers, and the delegate their own.
        expect("13YY", "getEligibility", "listCertificates", "getCertificate", "getCertificatePdf",
                "getCertificateCredential");
        // Organisers issue and revoke certificates.
        expect("133Y", "issueCertificate", "issueCertificates", "revokeCertificate", "replaceCertificate");
        // Delegates evaluate; organisers read everything of it, partners the numbers.
        expect("13Y3", "evaluateSession", "evaluateTrip");
        expect("1Y3Y", "getEvaluationReport");
        expect("133Y", "exportEvaluations");
        expect("13YY", "getOwnEvaluations");
        // Verification is for anyone handed a certificate.
        expect("YYYY", "verifyCertificate", "getCredentialKeys", "getRevocationList");
        // People of a trip: partners and participants (these only for their own trips), never anonymous.
        expect("1YYY", "listParticipants", "getParticipant", "getDelegations", "exportRoster");
        // Roster import: organisers only.
        expect("133Y", "importRoster");
        // All public profiles: partners and organisers.
        expect("1Y3Y", "listPeople");
        // Every trip's changes, for partners who mirror the programme.
        expect("1Y3Y", "listChanges");
        // Full records: organisers, and a participant their own (others are unknown to them: 404).
        expect("13YY", "getPerson", "exportPerson", "listConsents", "getConsent", "patchPerson");
        // Consent: organisers record decisions; a participant may withdraw their own (for others: 404).
        expect("13YY", "createConsent");
        // Who read someone's protected details: organisers only.
        expect("133Y", "listPersonAccesses");
        // Partner webhooks: organisers only, reading included (addresses of partners' systems).
        expect("133Y", "listWebhooks", "getWebhook", "createWebhook", "updateWebhook", "patchWebhook", "deleteWebhook",
                "listWebhookDeliveries", "redeliverWebhookDelivery");
        // Every other change: organisers only.
        expect("133Y", "createCity", "updateCity", "patchCity", "deleteCity",
                "createTopic", "updateTopic", "patchTopic", "deleteTopic",
                "createOrganisation", "updateOrganisation", "patchOrganisation", "deleteOrganisation",
                "createTrip", "updateTrip", "patchTrip", "deleteTrip",
                "createSession", "updateSession", "patchSession", "deleteSession",
                "createVenue", "updateVenue", "patchVenue", "deleteVenue",
                "createExpert", "updateExpert", "patchExpert", "deleteExpert",
                "createPerson", "updatePerson", "deletePerson", "erasePerson",
                "createParticipant", "updateParticipant", "patchParticipant", "deleteParticipant");
    }

    /** An operation of the contract, with the media type of the body it takes (JSON unless it says otherwise). */
    private record Operation(String method, String path, String id, String bodyType) {
    }

    @Test
    void everyOperationAnswersEachRoleAsTheTableSays() throws IOException {
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(ContractValidation.COMMITTED_CONTRACT.toFile()).get("paths");
        List<Operation> operations = new ArrayList<>();
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (method.getValue().has("operationId")) {
                JsonNode content = method.getValue().path("requestBody").path("content");
                String bodyType = content.isObject() && content.fieldNames().hasNext() ? content.fieldNames().next() : "application/json";
                operations.add(new Operation(method.getKey(), path.getKey(), method.getValue().get("operationId").asText(),
                        bodyType));
            }
        }));
        Set<String> withoutRow = new TreeSet<>();
        operations.stream().map(Operation::id).filter(id -> !EXPECTED.containsKey(id)).forEach(withoutRow::add);
        assertEquals(Set.of(), withoutRow, "operations without a row in the table");
        assertEquals(Set.of(), new TreeSet<>(EXPECTED.keySet()).descendingSet().stream()
                .filter(id -> operations.stream().noneMatch(op -> op.id().equals(id))).collect(java.util.stream.Collectors.toSet()),
                "rows for operations the contract does not have");

        // The participant takes part in the trip the paths name, and asks for their own record: "allowed" is
        // then really allowed, not a 404 for someone else's.
        String participantPerson = given().contentType("application/json")
                .body("{\"familyName\": \"Matrix\", \"givenName\": \"Participant\"}").post("/api/v1/people")
                .then().statusCode(201).extract().path("id");
        given().contentType("application/json").body("{\"personId\": \"" + participantPerson + "\", \"role\": \"member\"}")
                .post("/api/v1/trips/" + Seed.tripId("korea-2025") + "/participants").then().statusCode(201);
        Map<String, Header> roles = new java.util.LinkedHashMap<>();
        roles.put("anonymous", Auth.ANONYMOUS);
        roles.put("partner", Auth.as("partner"));
        roles.put("participant", Auth.asParticipant(participantPerson));
        roles.put("organiser", Auth.as("organiser"));

        List<String> wrong = new ArrayList<>();
        for (Operation operation : operations) {
            String expected = EXPECTED.get(operation.id());
            int role = 0;
            for (Map.Entry<String, Header> caller : roles.entrySet()) {
                int status = call(operation, caller.getValue(), participantPerson);
                char want = expected.charAt(role++);
                boolean ok = switch (want) {
                    case 'Y' -> status != 401 && status != 403 && status < 500;
                    case '1' -> status == 401;
                    case '3' -> status == 403;
                    default -> false;
                };
                if (!ok) {
                    wrong.add(operation.id() + " as " + caller.getKey() + ": " + status + " (expected " + want + ")");
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /**
     * A request that would succeed or fail on its own merits (unknown ids, empty bodies) once past the roles; a
     * person's own operations name the matrix participant, so a participant's "allowed" is their own record.
     */
    private static int call(Operation operation, Header caller, String participantPerson) {
        String url = operation.path()
                .replace("{tripId}", Seed.tripId("korea-2025"))
                .replace("/people/{id}", "/people/" + participantPerson)
                .replaceAll("\\{[a-zA-Z]+}", UUID.randomUUID().toString());
        // An event stream the roles allow would never end: a Last-Event-ID no stream gave ends it at once, with 400.
        RequestSpecification request = given().header(caller).header("If-Match", "\"0\"").header("Last-Event-ID", "~");
        return switch (operation.method()) {
            case "get" -> request.get(url).statusCode();
            case "delete" -> request.delete(url).statusCode();
            case "post" -> request.contentType(operation.bodyType()).body(operation.bodyType().contains("json") ? "{}" : "")
                    .post(url).statusCode();
            case "put" -> request.contentType("application/json").body("{}").put(url).statusCode();
            case "patch" -> request.contentType("application/merge-patch+json").body("{}").patch(url).statusCode();
            default -> throw new IllegalStateException(operation.method());
        };
    }
}
