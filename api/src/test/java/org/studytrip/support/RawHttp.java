package org.studytrip.support;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.decoder.Decoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Requests sent exactly as written, for what RestAssured would add or mend on its own (a Content-Type, a charset, a
 * Content-Length where the test wants a chunked body, a request line no client would send). As an organiser unless
 * the headers carry an Authorization of their own; every answer that belongs to the API is validated against the
 * contract like RestAssured's.
 */
public final class RawHttp {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private RawHttp() {
    }

    /** {@code body} is decoded from the Content-Encoding it came in; {@code bytesOnWire} is what was sent. */
    public record Answer(int status, Map<String, List<String>> headers, String body, int bytesOnWire) {

        Answer(int status, Map<String, List<String>> headers, String body) {
            this(status, headers, body, body.getBytes(StandardCharsets.UTF_8).length);
        }

        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    private static int port() {
        return RestAssured.port;
    }

    /** A request with {@code headers} as given and the body sent chunked (no Content-Length) when {@code chunked}. */
    public static Answer send(String method, String path, Map<String, String> headers, byte[] body, boolean chunked) {
        return send(port(), method, path, headers, body, chunked);
    }

    /** A JSON body POSTed to a service on {@code port} (one a test started), as an organiser. */
    public static Answer post(int port, String path, String json) {
        return send(port, "POST", path, Map.of("Content-Type", "application/json"), json.getBytes(StandardCharsets.UTF_8), false);
    }

    /** As {@link #send(String, String, Map, byte[], boolean)}, to a service on {@code port} (one a test started). */
    public static Answer send(int port, String method, String path, Map<String, String> headers, byte[] body,
            boolean chunked) {
        return sendAsIs(port, method, path, withOrganiser(headers), body, chunked);
    }

    /** A GET without a token, with {@code headers} exactly as given (Accept-Encoding too: the body is decoded). */
    public static Answer anonymous(int port, String path, Map<String, String> headers) {
        return sendAsIs(port, "GET", path, headers, null, false);
    }

    public static Answer anonymous(String path, Map<String, String> headers) {
        return anonymous(port(), path, headers);
    }

    private static Answer sendAsIs(int port, String method, String path, Map<String, String> headers, byte[] body,
            boolean chunked) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        try {
            HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            Map<String, List<String>> answerHeaders = new TreeMap<>(response.headers().map());
            String coding = response.headers().firstValue("Content-Encoding").orElse("identity");
            Answer answer = new Answer(response.statusCode(), answerHeaders, decode(coding, response.body()),
                    response.body().length);
            validate(method, path, answer);
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes {@code head} (request line and headers, CRLF-separated, without the empty line that ends them) and
     * {@code bodyStart} on a plain socket, then reads the answer until the server closes the connection: for requests
     * the service must refuse before reading them (a declared body of megabytes, a request target no client sends).
     */
    public static Answer exchange(String head, byte[] bodyStart) {
        try (Socket socket = new Socket("localhost", port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(bodyStart);
            out.flush();
            Answer answer = parse(readAll(socket.getInputStream()));
            String requestLine = head.substring(0, head.indexOf("\r\n") < 0 ? head.length() : head.indexOf("\r\n"));
            String[] parts = requestLine.split(" ");
            validate(parts[0], parts[1], answer);
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> withOrganiser(Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        if (all.keySet().stream().noneMatch("Authorization"::equalsIgnoreCase)) {
            all.put("Authorization", "Bearer " + Auth.token("organiser", null));
        }
        return all;
    }

    private static void validate(String method, String path, Answer answer) {
        if (path.startsWith("/api/")) {
            ContractValidation.validate(method, path.contains("?") ? path.substring(0, path.indexOf('?')) : path,
                    answer.status(), answer.headers(), answer.body());
        }
    }

    private static String decode(String coding, byte[] body) throws IOException {
        byte[] decoded = switch (coding) {
            case "gzip" -> new GZIPInputStream(new ByteArrayInputStream(body)).readAllBytes();
            case "br" -> {
                Brotli4jLoader.ensureAvailability();
                yield Decoder.decompress(body).getDecompressedData();
            }
            case "identity" -> body;
            default -> throw new AssertionError("a coding the tests do not decode: " + coding);
        };
        return new String(decoded, StandardCharsets.UTF_8);
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                all.write(buffer, 0, read);
            }
        } catch (java.net.SocketException resetAfterAnswer) {
            // The server closed a connection whose request body it did not read; what it answered is read already.
        }
        return all.toByteArray();
    }

    /** An HTTP/1.1 answer with a Content-Length body (what the service sends when it refuses a request). */
    private static Answer parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new AssertionError("no complete answer: " + text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        Map<String, List<String>> headers = new TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT),
                    name -> new ArrayList<>()).add(lines[i].substring(colon + 1).trim());
        }
        return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(end + 4));
    }
}
