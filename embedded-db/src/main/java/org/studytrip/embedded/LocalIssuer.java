package org.studytrip.embedded;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The token issuer of the embedded default (development and tests only; the production build does not carry it):
 * an RSA key pair made once in the data directory, and signed JWTs for a chosen role and person, verified by the
 * service exactly like a real identity provider's. Also serves tokens over HTTP to the web client's local sign-in.
 *
 * <p>Print a token: {@code java embedded-db/src/main/java/org/studytrip/embedded/LocalIssuer.java DATA_DIR ROLE [PERSON_ID]}
 * (or {@code bin/token ROLE [PERSON_ID]}).
 */
public final class LocalIssuer {

    public static final String ISSUER = "studytrip-local";
    /** The audience the service expects in access tokens (its mp.jwt.verify.audiences). */
    public static final String AUDIENCE = "studytrip-api";
    public static final List<String> ROLES = List.of("organiser", "partner", "participant");
    private static final Set<String> LOCAL_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");
    private static final String PRIVATE_KEY = "issuer-private-key.pem";
    private static final String PUBLIC_KEY = "issuer-public-key.pem";
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final Path publicKeyFile;
    private final PrivateKey privateKey;

    private LocalIssuer(Path publicKeyFile, PrivateKey privateKey) {
        this.publicKeyFile = publicKeyFile;
        this.privateKey = privateKey;
    }

    /** The issuer whose keys live in {@code directory}; makes them on first use. */
    public static LocalIssuer open(Path directory) {
        try {
            Path privateFile = directory.resolve(PRIVATE_KEY);
            Path publicFile = directory.resolve(PUBLIC_KEY);
            if (!Files.exists(privateFile) || !Files.exists(publicFile)) {
                Files.createDirectories(directory);
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                Files.writeString(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
                Files.writeString(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-------"));
            }
            String body = Files.readString(privateFile).replaceAll("-----[A-Z ]+-----|\\s", "");
            PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
            return new LocalIssuer(publicFile, key);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or make the local issuer's keys in " + directory, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The local issuer's key in " + directory + " is unusable", e);
        }
    }

    /** Where the service finds the public key ({@code mp.jwt.verify.publickey.location}). */
    public Path publicKeyFile() {
        return publicKeyFile;
    }

    /** The public key as base64 DER, the form {@code mp.jwt.verify.publickey} takes. */
    public String publicKeyBase64() {
        try {
            return Files.readString(publicKeyFile).replaceAll("-----[A-Z ]+-----|\\s", "");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the local issuer's public key " + publicKeyFile, e);
        }
    }

    /** A signed token for {@code role}; a participant token names the person it is bound to. */
    public String token(String role, String personId, Duration lifetime) {
        String subject = subject(role, personId);
        Instant now = Instant.now();
        return sign("{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE + "\",\"sub\":\"" + subject + "\",\"upn\":\"" + subject + "\""
                + ",\"groups\":[\"" + role + "\"]"
                + (personId == null ? "" : ",\"person_id\":\"" + personId + "\"")
                + ",\"iat\":" + now.getEpochSecond() + ",\"exp\":" + now.plus(lifetime).getEpochSecond()
                + ",\"jti\":\"" + UUID.randomUUID() + "\"}");
    }

    /** An OpenID Connect ID token for the same sign-in as {@link #token}: who signed in, for which client. */
    String idToken(String role, String personId, String clientId, String nonce, Duration lifetime) {
        Instant now = Instant.now();
        return sign("{\"iss\":\"" + ISSUER + "\",\"sub\":\"" + subject(role, personId) + "\",\"aud\":\"" + clientId + "\""
                + (nonce == null ? "" : ",\"nonce\":\"" + nonce + "\"")
                + ",\"iat\":" + now.getEpochSecond() + ",\"exp\":" + now.plus(lifetime).getEpochSecond() + "}");
    }

    /** Checks role and person; the subject both tokens name. */
    static String subject(String role, String personId) {
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException("role must be one of " + ROLES);
        }
        if (personId != null) {
            UUID.fromString(personId);
        } else if (role.equals("participant")) {
            throw new IllegalArgumentException("a participant token needs the person's id");
        }
        return personId != null ? personId : "local-" + role;
    }

    /** Signs claims as given, for tests of what the service refuses in a token that verifies. */
    public String sign(String claims) {
        String signingInput = URL.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                + "." + URL.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(privateKey);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + URL.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign a local token", e);
        }
    }

    /**
     * Serves {@code GET /token?role=...&person=...} on 127.0.0.1 for the web client's local sign-in, to the given
     * browser origins only.
     */
    public HttpServer serve(int port, List<String> allowedOrigins, Duration lifetime) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            server.createContext("/token", onlyAsLocalhost(exchange -> answer(exchange, allowedOrigins, lifetime)));
            server.setExecutor(null);
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not serve local sign-in on port " + port, e);
        }
    }

    private void answer(HttpExchange exchange, List<String> allowedOrigins, Duration lifetime) throws IOException {
        allowOrigin(exchange, allowedOrigins);
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        try {
            String person = query.get("person");
            String token = token(query.getOrDefault("role", ""), person == null || person.isBlank() ? null : person, lifetime);
            send(exchange, 200, "application/json", "{\"token\":\"" + token + "\",\"expiresIn\":" + lifetime.toSeconds() + "}");
        } catch (IllegalArgumentException badRequest) {
            send(exchange, 400, "application/json", "{\"error\":\"" + badRequest.getMessage().replace("\"", "'") + "\"}");
        }
    }

    /**
     * Answers only requests addressed to this machine by name: a web page elsewhere that points its own domain at
     * 127.0.0.1 (DNS rebinding) sends its own Host and gets nothing.
     */
    static HttpHandler onlyAsLocalhost(HttpHandler handler) {
        return exchange -> {
            String host = String.valueOf(exchange.getRequestHeaders().getFirst("Host"));
            String name = host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1) : host.split(":", 2)[0];
            if (!LOCAL_NAMES.contains(name)) {
                send(exchange, 421, "text/plain; charset=utf-8", "The local issuer answers only as localhost.");
                return;
            }
            handler.handle(exchange);
        };
    }

    /** Lets the browser read the answer when the request comes from one of the web client's origins. */
    static void allowOrigin(HttpExchange exchange, List<String> allowedOrigins) {
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        if (origin != null && allowedOrigins.contains(origin)) {
            exchange.getResponseHeaders().add("Access-Control-Allow-Origin", origin);
            exchange.getResponseHeaders().add("Vary", "Origin");
        }
    }

    /** The fields of a query string or an {@code application/x-www-form-urlencoded} body. */
    static Map<String, String> form(String raw) {
        Map<String, String> fields = new HashMap<>();
        if (raw != null && !raw.isEmpty()) {
            for (String pair : raw.split("&")) {
                String[] parts = pair.split("=", 2);
                fields.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                        parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
            }
        }
        return fields;
    }

    static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    /** Prints a token: {@code LocalIssuer DATA_DIR ROLE [PERSON_ID] [MINUTES]}. */
    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: LocalIssuer DATA_DIR organiser|partner|participant [PERSON_ID] [MINUTES]");
            System.exit(2);
        }
        Duration lifetime = Duration.ofMinutes(args.length > 3 ? Long.parseLong(args[3]) : 480);
        System.out.println(open(Path.of(args[0])).token(args[1], args.length > 2 ? args[2] : null, lifetime));
    }
}
