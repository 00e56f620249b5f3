package org.studytrip.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The authorization-code flow with PKCE, as the web client runs it against the local provider. */
class LocalOidcProviderTest {

    private static final String APP = "http://localhost:5173";
    private static final String REDIRECT = APP + "/signed-in";
    private static final String VERIFIER = "a-verifier-of-enough-length-0123456789-abcdefghijklmnop";

    @TempDir
    Path directory;

    private HttpServer server;
    private String authority;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        LocalIssuer issuer = LocalIssuer.open(directory);
        server = issuer.serve(0, List.of(APP), Duration.ofMinutes(5));
        LocalOidcProvider.attach(server, issuer, List.of(APP), Duration.ofMinutes(5));
        authority = "http://localhost:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(authority + path)).header("Origin", APP).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(authority + path)).header("Origin", APP)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String challenge(String verifier) throws Exception {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    }

    private Map<String, String> authorization(String redirectUri) throws Exception {
        return Map.of("response_type", "code", "client_id", "studytrip-app", "redirect_uri", redirectUri,
                "state", "s123", "code_challenge", challenge(VERIFIER), "code_challenge_method", "S256");
    }

    /** Answers the authorization page as {@code role}; returns the code from the redirect. */
    private String code(String role, String person) throws Exception {
        Map<String, String> answer = new HashMap<>(authorization(REDIRECT));
        answer.put("role", role);
        answer.put("person", person);
        HttpResponse<String> redirect = post("/authorize", answer);
        assertEquals(302, redirect.statusCode());
        String location = redirect.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(REDIRECT + "?code="), location);
        assertTrue(location.endsWith("&state=s123"), location);
        return location.substring((REDIRECT + "?code=").length(), location.indexOf("&state="));
    }

    private HttpResponse<String> exchange(String code, String verifier) throws Exception {
        return post("/oauth/token", Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", REDIRECT,
                "client_id", "studytrip-app", "code_verifier", verifier));
    }

    private static String claims(String jwt) {
        return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    private static String field(String json, String name) {
        int start = json.indexOf("\"" + name + "\":\"") + name.length() + 4;
        return json.substring(start, json.indexOf('"', start));
    }

    @Test
    void discoveryNamesTheEndpointsAndPkce() throws Exception {
        HttpResponse<String> discovery = get("/.well-known/openid-configuration");
        assertEquals(200, discovery.statusCode());
        assertEquals(APP, discovery.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
        assertEquals(authority + "/authorize", field(discovery.body(), "authorization_endpoint"));
        assertEquals(authority + "/oauth/token", field(discovery.body(), "token_endpoint"));
        assertTrue(discovery.body().contains("\"code_challenge_methods_supported\":[\"S256\"]"));
        assertTrue(get("/jwks").body().contains("\"kty\":\"RSA\""));
    }

    @Test
    void aCodeWithItsVerifierBuysTokensForTheChosenRoleAndPersonOnce() throws Exception {
        String person = "0b7f4a5e-4c11-4d1e-9a57-3f3c1b2a9e10";
        HttpResponse<String> page = get("/authorize?" + authorization(REDIRECT).entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("name=\"role\""));

        String code = code("participant", person);
        HttpResponse<String> tokens = exchange(code, VERIFIER);
        assertEquals(200, tokens.statusCode(), tokens.body());
        String access = claims(field(tokens.body(), "access_token"));
        assertTrue(access.contains("\"groups\":[\"participant\"]") && access.contains("\"person_id\":\"" + person + "\""), access);
        String id = claims(field(tokens.body(), "id_token"));
        assertTrue(id.contains("\"aud\":\"studytrip-app\"") && id.contains("\"sub\":\"" + person + "\""), id);

        assertEquals(400, exchange(code, VERIFIER).statusCode(), "a code is spent once");
    }

    @Test
    void aWrongVerifierGetsNoTokens() throws Exception {
        HttpResponse<String> refused = exchange(code("organiser", ""), VERIFIER + "x");
        assertEquals(400, refused.statusCode());
        assertEquals("invalid_grant", field(refused.body(), "error"));
        assertEquals(400, exchange(code("organiser", ""), "short").statusCode(), "a verifier of under 43 characters");
    }

    /** The status line of a request sent with this Host header (Java's HTTP client will not send another one). */
    private String statusLineAs(String host, String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.getAddress().getPort())) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElse("");
        }
    }

    @Test
    void aPageElsewhereThatPointsItsNameHereGetsNothing() throws Exception {
        // DNS rebinding: the browser sends the other site's name as Host.
        int port = server.getAddress().getPort();
        assertTrue(statusLineAs("attacker.example:" + port, "/token?role=organiser").contains(" 421 "));
        assertTrue(statusLineAs("attacker.example", "/.well-known/openid-configuration").contains(" 421 "));
        assertTrue(statusLineAs("localhost:" + port, "/token?role=organiser").contains(" 200 "));
    }

    @Test
    void signingOutSendsTheBrowserBackToTheAppOnly() throws Exception {
        HttpResponse<String> back = get("/logout?post_logout_redirect_uri=" + URLEncoder.encode(APP + "/", StandardCharsets.UTF_8)
                + "&state=s1");
        assertEquals(302, back.statusCode());
        assertEquals(APP + "/?state=s1", back.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> elsewhere = get("/logout?post_logout_redirect_uri="
                + URLEncoder.encode("https://elsewhere.example/", StandardCharsets.UTF_8));
        assertEquals(400, elsewhere.statusCode());
        assertTrue(elsewhere.headers().firstValue("Location").isEmpty());
    }

    @Test
    void aRedirectOutsideTheAppsOriginsIsRefusedWithoutRedirecting() throws Exception {
        Map<String, String> foreign = new HashMap<>(authorization("https://elsewhere.example/signed-in"));
        foreign.put("role", "organiser");
        HttpResponse<String> refused = post("/authorize", foreign);
        assertEquals(400, refused.statusCode());
        assertTrue(refused.headers().firstValue("Location").isEmpty());
    }
}
