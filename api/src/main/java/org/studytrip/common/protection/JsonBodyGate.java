package org.studytrip.common.protection;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.studytrip.common.problem.Problem.FieldError;
import org.studytrip.common.problem.ProblemException;
import org.studytrip.common.problem.ProblemType;
import org.studytrip.common.problem.RouteProblems;
import org.studytrip.common.text.TextRules;

/**
 * Every request body passes here before any parser builds anything from it, whatever its media type and however
 * it arrives (with a Content-Length or chunked): it must say it is JSON in UTF-8, be no larger than the limit
 * (413), start without a byte-order mark, nest no deeper and hold no more entries or longer strings than any valid
 * body does, and carry only text the service stores ({@link TextRules}). Jackson's streaming parser reads it once
 * for these checks, then the body goes on to the resource's reader (Jackson for records, JSON-P for merge patches).
 * The one other kind of body, a CSV file (a roster import), is held to the same size and must be UTF-8; its
 * byte-order mark, which spreadsheet programs write, is allowed.
 */
@Provider
public class JsonBodyGate implements ReaderInterceptor {

    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final MediaType CSV = MediaType.valueOf("text/csv");

    // The REST layer creates interceptors before run-time configuration exists: the limits are read on first use.
    private final Instance<LimitsConfig> config;
    private final Instance<CurrentVertxRequest> exchange;
    private volatile Limits limits;

    JsonBodyGate(Instance<LimitsConfig> config, Instance<CurrentVertxRequest> exchange) {
        this.config = config;
        this.exchange = exchange;
    }

    private record Limits(long maxBodyBytes, int maxDepth, int maxEntries, int maxStringLength, JsonFactory scanner) {

        static Limits of(LimitsConfig config) {
            // The parser's own limits sit just beyond ours, so that ours, which name the field, are met first.
            int bodyChars = (int) Math.min(Integer.MAX_VALUE, config.maxBodyBytes());
            JsonFactory scanner = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(config.maxJsonDepth() + 1).maxStringLength(bodyChars).maxNameLength(bodyChars)
                    .build()).build();
            return new Limits(config.maxBodyBytes(), config.maxJsonDepth(), config.maxJsonEntries(),
                    config.maxJsonStringLength(), scanner);
        }
    }

    private Limits limits() {
        if (limits == null) {
            limits = Limits.of(config.get());
        }
        return limits;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        checkContentType(context.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE), context.getMediaType());
        Limits limits = limits();
        byte[] body;
        try {
            body = readAtMost(context.getInputStream(), limits.maxBodyBytes());
        } catch (ProblemException tooLarge) {
            RouteProblems.closeAfterAnswer(exchange.get().getCurrent());
            throw tooLarge;
        }
        if (context.getMediaType() != null && context.getMediaType().isCompatible(CSV)) {
            checkUtf8(body);
            context.setInputStream(new ByteArrayInputStream(body));
            return context.proceed();
        }
        if (startsWithByteOrderMark(body)) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST,
                    "The request body starts with a byte-order mark; send JSON in UTF-8 without one (RFC 8259).");
        }
        scan(body, limits);
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /** JSON is UTF-8 (RFC 8259): a body must say what it is, and may name no other charset. */
    private static void checkContentType(String header, MediaType mediaType) {
        if (header == null || header.isBlank()) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "The request has a body but no Content-Type; send application/json (application/merge-patch+json for PATCH).");
        }
        String charset = mediaType == null ? null : mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.equalsIgnoreCase("utf-8")) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "JSON is read as UTF-8 only; the charset parameter may be utf-8 or left out.");
        }
    }

    private static void checkUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException notUtf8) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST,
                    "The file is not UTF-8 text; save it as CSV UTF-8 (spreadsheet programs offer it when saving).");
        }
    }

    /** The whole body, counted as it arrives: a chunked body is stopped at the same limit as a declared one. */
    private static byte[] readAtMost(InputStream in, long maxBodyBytes) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            if (body.size() + read > maxBodyBytes) {
                throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE,
                        "The request body is larger than " + maxBodyBytes + " bytes.");
            }
            body.write(buffer, 0, read);
        }
        return body.toByteArray();
    }

    private static boolean startsWithByteOrderMark(byte[] body) {
        return body.length >= 3 && body[0] == BYTE_ORDER_MARK[0] && body[1] == BYTE_ORDER_MARK[1]
                && body[2] == BYTE_ORDER_MARK[2];
    }

    /** Reads the tokens once; syntax errors surface as the parser's exception (a 400 malformed-request). */
    private static void scan(byte[] body, Limits limits) throws IOException {
        // Entries seen so far in each open object or array.
        Deque<int[]> entries = new ArrayDeque<>();
        try (JsonParser parser = limits.scanner().createParser(body)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    entries.pop();
                    continue;
                }
                if (!entries.isEmpty() && token != JsonToken.FIELD_NAME && ++entries.peek()[0] > limits.maxEntries()) {
                    throw invalid(parser, "too-many-entries", "holds more than " + limits.maxEntries() + " entries");
                }
                switch (token) {
                    case START_OBJECT, START_ARRAY -> {
                        if (entries.size() == limits.maxDepth()) {
                            throw invalid(parser, "too-deep", "nests deeper than " + limits.maxDepth() + " levels");
                        }
                        entries.push(new int[1]);
                    }
                    case FIELD_NAME, VALUE_STRING -> checkText(parser, limits.maxStringLength());
                    default -> {
                    }
                }
            }
        }
    }

    private static void checkText(JsonParser parser, int maxStringLength) throws IOException {
        if (parser.getTextLength() > maxStringLength) {
            throw invalid(parser, "text-too-long", "is longer than " + maxStringLength + " characters");
        }
        String refusal = TextRules.refusal(parser.getText());
        if (refusal != null) {
            throw invalid(parser, "forbidden-character", refusal);
        }
    }

    private static ProblemException invalid(JsonParser parser, String code, String message) {
        String field = field(parser);
        return new ProblemException(ProblemType.VALIDATION_FAILED, "Invalid value for '" + field + "': " + message,
                List.of(new FieldError(field, code, message)));
    }

    /** The JSON path of the current token as problems name fields: {@code name.en}, {@code topicIds[2]}. */
    private static String field(JsonParser parser) {
        String pointer = parser.getParsingContext().pathAsPointer().toString();
        if (pointer.isEmpty()) {
            return "body";
        }
        StringBuilder path = new StringBuilder();
        for (String segment : pointer.substring(1).split("/", -1)) {
            String name = segment.replace("~1", "/").replace("~0", "~");
            if (!name.isEmpty() && name.chars().allMatch(Character::isDigit) && !path.isEmpty()) {
                path.append('[').append(name).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(name);
            }
        }
        return path.toString();
    }
}
