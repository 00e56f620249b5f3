package org.studytrip.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A partner's webhook receiver: a real HTTP server on 127.0.0.1 and a free port, answering each request with the
 * status a script gives for its number (1, 2, ...), and keeping what it received. Verifies Standard Webhooks
 * signatures with its own code, not the service's.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as received: the three Standard Webhooks headers and the body. */
    public record Received(String id, String timestamp, String signature, String body, int answeredWith) {

        /** Whether the signature is HMAC-SHA256 of id.timestamp.body with the secret ({@code whsec_} base64). */
        public boolean signedWith(String secret) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.replaceFirst("^whsec_", "")), "HmacSHA256"));
                String expected = "v1," + Base64.getEncoder().encodeToString(
                        mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
                return List.of(signature.split(" ")).contains(expected);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private WebhookReceiver(IntUnaryOperator statusForRequest) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AtomicInteger count = new AtomicInteger();
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = statusForRequest.applyAsInt(count.incrementAndGet());
            var headers = exchange.getRequestHeaders();
            received.add(new Received(headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
                    headers.getFirst("webhook-signature"), body, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        // Requests are answered at once each, so that one held back (a test's) does not hold up the others.
        server.setExecutor(executor);
        server.start();
    }

    /** A receiver that answers every request with {@code statusForRequest(n)} for the n-th request. */
    public static WebhookReceiver answering(IntUnaryOperator statusForRequest) {
        return new WebhookReceiver(statusForRequest);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/studytrip";
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** Waits until at least {@code count} requests came, or the time is up; what came. */
    public List<Received> await(int count, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (received.size() < count && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        return received();
    }


    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
