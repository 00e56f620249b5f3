package org.studytrip.embedded;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The local issuer as a small OpenID Connect provider (development and tests only, like the issuer), so the web
 * client's production sign-in — authorization code with PKCE (RFC 7636) — runs and is tested without an identity
 * provider: discovery, an authorization page where one picks a role and person, the token endpoint and the keys.
 * Only redirect URIs on the web client's origins are served; codes are single-use, bound to their PKCE challenge and
 * redirect URI, and expire after a minute.
 */
public final class LocalOidcProvider {

    private static final Duration CODE_LIFETIME = Duration.ofMinutes(1);
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._~-]{1,200}");
    /** RFC 7636, section 4.1. */
    private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9._~-]{43,128}");
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private record Grant(String role, String personId, String clientId, String redirectUri, String codeChallenge,
            String nonce, Instant expiresAt) {
    }

    /** What an authorization request asks for, checked before the page is shown and again when it is answered. */
    private record Request(String clientId, String redirectUri, String state, String codeChallenge, String nonce) {
    }

    private final LocalIssuer issuer;
    private final List<String> allowedOrigins;
    private final Duration lifetime;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final String jwks;

    private LocalOidcProvider(LocalIssuer issuer, List<String> allowedOrigins, Duration lifetime) {
        this.issuer = issuer;
        this.allowedOrigins = allowedOrigins;
        this.lifetime = lifetime;
        this.jwks = jwks(issuer);
    }

    /** Adds the provider's endpoints to the local sign-in server; the authority is that server's address. */
    public static void attach(HttpServer server, LocalIssuer issuer, List<String> allowedOrigins, Duration lifetime) {
        LocalOidcProvider provider = new LocalOidcProvider(issuer, allowedOrigins, lifetime);
        server.createContext("/.well-known/openid-configuration", LocalIssuer.onlyAsLocalhost(provider::discovery));
        server.createContext("/authorize", LocalIssuer.onlyAsLocalhost(provider::authorize));
        server.createContext("/oauth/token", LocalIssuer.onlyAsLocalhost(provider::token));
        server.createContext("/jwks", LocalIssuer.onlyAsLocalhost(provider::keys));
        server.createContext("/logout", LocalIssuer.onlyAsLocalhost(provider::logout));
    }

    private void discovery(HttpExchange exchange) throws IOException {
        LocalIssuer.allowOrigin(exchange, allowedOrigins);
        String authority = "http://" + exchange.getRequestHeaders().getFirst("Host");
        LocalIssuer.send(exchange, 200, "application/json", "{\"issuer\":\"" + LocalIssuer.ISSUER + "\""
                + ",\"authorization_endpoint\":\"" + authority + "/authorize\""
                + ",\"token_endpoint\":\"" + authority + "/oauth/token\""
                + ",\"jwks_uri\":\"" + authority + "/jwks\""
                + ",\"end_session_endpoint\":\"" + authority + "/logout\""
                + ",\"response_types_supported\":[\"code\"],\"grant_types_supported\":[\"authorization_code\"]"
                + ",\"subject_types_supported\":[\"public\"],\"id_token_signing_alg_values_supported\":[\"RS256\"]"
                + ",\"code_challenge_methods_supported\":[\"S256\"],\"scopes_supported\":[\"openid\"]"
                + ",\"token_endpoint_auth_methods_supported\":[\"none\"]}");
    }

    private void authorize(HttpExchange exchange) throws IOException {
        boolean answered = exchange.getRequestMethod().equals("POST");
        Map<String, String> fields = LocalIssuer.form(answered
                ? new String(exchange.getRequestBody().readNBytes(16_384), StandardCharsets.UTF_8)
                : exchange.getRequestURI().getRawQuery());
        Request request;
        try {
            request = checked(fields);
        } catch (IllegalArgumentException refused) {
            // Never redirect to an address that was not checked: say so on the page instead.
            LocalIssuer.send(exchange, 400, "text/plain; charset=utf-8", "Sign-in request refused: " + refused.getMessage());
            return;
        }
        if (!answered) {
            LocalIssuer.send(exchange, 200, "text/html; charset=utf-8", page(request));
            return;
        }
        String person = fields.getOrDefault("person", "").trim();
        String role = fields.getOrDefault("role", "");
        String redirect;
        try {
            String personId = person.isEmpty() || !role.equals("participant") ? null : person;
            LocalIssuer.subject(role, personId);
            String code = UUID.randomUUID().toString();
            Instant now = Instant.now();
            codes.values().removeIf(unused -> unused.expiresAt().isBefore(now));
            codes.put(code, new Grant(role, personId, request.clientId(), request.redirectUri(), request.codeChallenge(),
                    request.nonce(), now.plus(CODE_LIFETIME)));
            redirect = request.redirectUri() + "?code=" + code;
        } catch (IllegalArgumentException badChoice) {
            redirect = request.redirectUri() + "?error=access_denied&error_description="
                    + URLEncoder.encode(badChoice.getMessage(), StandardCharsets.UTF_8);
        }
        exchange.getResponseHeaders().add("Location", redirect + "&state=" + URLEncoder.encode(request.state(), StandardCharsets.UTF_8));
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private Request checked(Map<String, String> fields) {
        String redirectUri = fields.getOrDefault("redirect_uri", "");
        if (!onAppOrigin(redirectUri)) {
            throw new IllegalArgumentException("redirect_uri must be on one of the web client's origins " + allowedOrigins
                    + ", without query or fragment");
        }
        if (!"code".equals(fields.get("response_type"))) {
            throw new IllegalArgumentException("response_type must be code");
        }
        if (!"S256".equals(fields.get("code_challenge_method")) || !plain(fields.get("code_challenge"))) {
            throw new IllegalArgumentException("PKCE is required: code_challenge with code_challenge_method=S256");
        }
        if (!plain(fields.get("client_id")) || !plain(fields.get("state"))) {
            throw new IllegalArgumentException("client_id and state are required");
        }
        String nonce = fields.get("nonce");
        if (nonce != null && !plain(nonce)) {
            throw new IllegalArgumentException("nonce has characters this provider does not accept");
        }
        return new Request(fields.get("client_id"), redirectUri, fields.get("state"), fields.get("code_challenge"), nonce);
    }

    /** Where the browser may be sent back to: an address of the web client, without query or fragment. */
    private boolean onAppOrigin(String address) {
        try {
            URI uri = URI.create(address);
            return uri.getRawQuery() == null && uri.getRawFragment() == null
                    && allowedOrigins.contains(uri.getScheme() + "://" + uri.getRawAuthority());
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static boolean plain(String value) {
        return value != null && PLAIN.matcher(value).matches();
    }

    private static String page(Request request) {
        StringBuilder hidden = new StringBuilder();
        Map.of("response_type", "code", "code_challenge_method", "S256", "client_id", request.clientId(),
                        "redirect_uri", request.redirectUri(), "state", request.state(), "code_challenge", request.codeChallenge())
                .forEach((name, value) -> hidden.append("<input type=\"hidden\" name=\"").append(name)
                        .append("\" value=\"").append(escape(value)).append("\">"));
        if (request.nonce() != null) {
            hidden.append("<input type=\"hidden\" name=\"nonce\" value=\"").append(escape(request.nonce())).append("\">");
        }
        StringBuilder roles = new StringBuilder();
        for (String role : LocalIssuer.ROLES) {
            roles.append("<label><input type=\"radio\" name=\"role\" value=\"").append(role).append("\"")
                    .append(role.equals("organiser") ? " checked" : "").append("> ").append(role).append("</label><br>");
        }
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">"
                + "<title>Local identity provider</title></head><body><main><h1>Local identity provider</h1>"
                + "<p>Development only: sign in to the Study Trip Programme app as a role of your choice.</p>"
                + "<form method=\"post\" action=\"/authorize\">" + hidden
                + "<fieldset><legend>Role</legend>" + roles + "</fieldset>"
                + "<p><label for=\"person\">Person id (participants)</label><br><input id=\"person\" name=\"person\" size=\"40\"></p>"
                + "<button type=\"submit\">Continue</button></form></main></body></html>";
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private void token(HttpExchange exchange) throws IOException {
        LocalIssuer.allowOrigin(exchange, allowedOrigins);
        if (!exchange.getRequestMethod().equals("POST")) {
            LocalIssuer.send(exchange, 405, "application/json", "{\"error\":\"invalid_request\"}");
            return;
        }
        Map<String, String> fields = LocalIssuer.form(
                new String(exchange.getRequestBody().readNBytes(16_384), StandardCharsets.UTF_8));
        Grant grant = codes.remove(fields.getOrDefault("code", ""));
        if (!"authorization_code".equals(fields.get("grant_type"))) {
            LocalIssuer.send(exchange, 400, "application/json", "{\"error\":\"unsupported_grant_type\"}");
            return;
        }
        if (grant == null || grant.expiresAt().isBefore(Instant.now())
                || !grant.redirectUri().equals(fields.get("redirect_uri"))
                || !grant.clientId().equals(fields.get("client_id"))
                || !VERIFIER.matcher(fields.getOrDefault("code_verifier", "")).matches()
                || !grant.codeChallenge().equals(challengeOf(fields.get("code_verifier")))) {
            LocalIssuer.send(exchange, 400, "application/json", "{\"error\":\"invalid_grant\"}");
            return;
        }
        LocalIssuer.send(exchange, 200, "application/json", "{\"access_token\":\""
                + issuer.token(grant.role(), grant.personId(), lifetime) + "\",\"token_type\":\"Bearer\""
                + ",\"id_token\":\"" + issuer.idToken(grant.role(), grant.personId(), grant.clientId(), grant.nonce(), lifetime)
                + "\",\"expires_in\":" + lifetime.toSeconds() + ",\"scope\":\"openid\"}");
    }

    /**
     * RP-initiated logout: this provider keeps no session of its own (its page asks every time), so it only sends
     * the browser back to the app, on one of the app's origins.
     */
    private void logout(HttpExchange exchange) throws IOException {
        Map<String, String> fields = LocalIssuer.form(exchange.getRequestURI().getRawQuery());
        String back = fields.getOrDefault("post_logout_redirect_uri", "");
        if (!onAppOrigin(back)) {
            LocalIssuer.send(exchange, 400, "text/plain; charset=utf-8", "Signed out; post_logout_redirect_uri must be on one "
                    + "of the web client's origins " + allowedOrigins + ", without query or fragment");
            return;
        }
        String state = fields.get("state");
        exchange.getResponseHeaders().add("Location", back + (plain(state) ? "?state=" + state : ""));
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static String challengeOf(String verifier) {
        try {
            return URL.encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private void keys(HttpExchange exchange) throws IOException {
        LocalIssuer.allowOrigin(exchange, allowedOrigins);
        LocalIssuer.send(exchange, 200, "application/json", jwks);
    }

    /** The issuer's public key as a JSON Web Key Set (RFC 7517). */
    private static String jwks(LocalIssuer issuer) {
        RSAPublicKey key;
        try {
            key = (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(issuer.publicKeyBase64())));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The local issuer's public key is unusable", e);
        }
        return "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\""
                + ",\"n\":\"" + unsigned(key.getModulus()) + "\",\"e\":\"" + unsigned(key.getPublicExponent()) + "\"}]}";
    }

    private static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return URL.encodeToString(bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes);
    }
}
