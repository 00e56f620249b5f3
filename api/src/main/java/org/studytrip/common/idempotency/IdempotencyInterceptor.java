package org.studytrip.common.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;
import org.studytrip.common.idempotency.IdempotencyRecords.Replay;
import org.studytrip.common.privacy.ProtectedReads;
import org.studytrip.common.privacy.Sealer;
import org.studytrip.common.problem.ProblemException;
import org.studytrip.common.problem.ProblemType;
import org.studytrip.common.security.Caller;

/**
 * {@code Idempotency-Key} on a POST (IETF httpapi draft): the first request with a key runs; the same key with the
 * same request answers what that first run answered, without running again; with another request (body, address) it
 * is 422; while the first still runs, 409. Keys are kept per caller ({@link IdempotencyConfig#keepFor()}). Only a
 * success is kept: a request that failed changed nothing and may be sent again with its key.
 *
 * <p>Runs outside the request's transaction, so the answer it keeps is one that committed.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 50)
public class IdempotencyInterceptor {

    public static final String HEADER = "Idempotency-Key";
    /** Answers are kept encrypted: they may hold personal data (a person just recorded) or a webhook's secret. */
    private static final String SEALED_PURPOSE = "idempotent-answer";
    /** An sf-string (the draft's form, in quotes) or the bare key many clients send; visible ASCII, at most 255. */
    private static final Pattern KEY = Pattern.compile("^\"?([\\x21\\x23-\\x7E]{1,255})\"?$");

    private final CurrentVertxRequest request;
    private final Caller caller;
    private final IdempotencyRecords records;
    private final ObjectMapper json;
    private final Sealer sealer;

    IdempotencyInterceptor(CurrentVertxRequest request, Caller caller, IdempotencyRecords records, ObjectMapper json,
            Sealer sealer) {
        this.request = request;
        this.caller = caller;
        this.records = records;
        this.json = json;
        this.sealer = sealer;
    }

    @AroundInvoke
    Object once(InvocationContext invocation) throws Exception {
        HttpServerRequest http = request.getCurrent().request();
        String header = http.getHeader(HEADER);
        if (header == null) {
            return invocation.proceed();
        }
        Matcher key = KEY.matcher(header.trim());
        if (!key.matches()) {
            throw new ProblemException(ProblemType.INVALID_HEADER, "Idempotency-Key must be 1 to 255 visible ASCII "
                    + "characters (a UUID is a good key), as a quoted string or bare.");
        }
        byte[] who = sha256(caller.name());
        String sent = key.group(1);
        var reservation = records.reserve(who, sent, fingerprint(http, invocation.getParameters()));
        if (reservation instanceof Replay replay) {
            return replayed(replay);
        }
        Object answer;
        try {
            answer = invocation.proceed();
        } catch (Exception failure) {
            records.release(who, sent);
            throw failure;
        }
        if (answer instanceof RestResponse<?> response && response.getStatus() < 300) {
            records.complete(who, sent, response.getStatus(), response.getHeaderString(HttpHeaders.LOCATION),
                    response.getHeaderString(HttpHeaders.ETAG),
                    sealer.seal(json.writeValueAsString(response.getEntity()), SEALED_PURPOSE));
        } else {
            records.release(who, sent);
        }
        return answer;
    }

    /** The method, the address and the body as read (JSON of the resource's record arguments: spacing aside). */
    private byte[] fingerprint(HttpServerRequest http, Object[] arguments) throws Exception {
        Object[] body = Arrays.stream(arguments).filter(argument -> argument != null && argument.getClass().isRecord())
                .toArray();
        return sha256(http.method().name() + " " + http.uri() + "\n" + json.writeValueAsString(body));
    }

    private RestResponse<String> replayed(Replay replay) {
        // Built from sealed data: never kept by a cache (as the first answer was not, where it held personal data).
        ProtectedReads.record();
        ResponseBuilder<String> response = ResponseBuilder.<String>create(replay.status())
                .entity(sealer.open(replay.body(), SEALED_PURPOSE))
                .type(MediaType.APPLICATION_JSON_TYPE);
        if (replay.location() != null) {
            response.header(HttpHeaders.LOCATION, replay.location());
        }
        if (replay.etag() != null) {
            response.header(HttpHeaders.ETAG, replay.etag());
        }
        return response.build();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
