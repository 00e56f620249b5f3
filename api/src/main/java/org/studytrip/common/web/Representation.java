package org.studytrip.common.web;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;

/**
 * A representation (JSON, or an export such as a calendar) rendered once and compressed once, at the strongest
 * settings since the work is not repeated, then served as it is to every client (brotli, gzip or plain, as each
 * accepts) and revalidated by its ETag without being looked at. Only for what anyone allowed to read it may see in
 * full: it is shared.
 */
public final class Representation {

    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";
    private static final CharSequence NO_CACHE = HttpHeaders.createOptimized(Responses.REVALIDATE.toString());

    private static final Encoder.Parameters BROTLI = new Encoder.Parameters().setQuality(11).setMode(Encoder.Mode.TEXT);

    private final EntityTag tag;
    private final CharSequence etagHeader;
    private final String mediaType;
    private final CharSequence contentType;
    private final String language;
    private final byte[] plain;
    private final byte[] gzip;
    private final byte[] brotli;

    private Representation(String tag, String mediaType, String language, byte[] plain, boolean precompressed) {
        this.tag = new EntityTag(tag);
        this.etagHeader = HttpHeaders.createOptimized("\"" + tag + "\"");
        this.mediaType = mediaType;
        this.contentType = HttpHeaders.createOptimized(mediaType);
        this.language = language;
        this.plain = plain;
        boolean worthCompressing = precompressed && plain.length >= CompressionThreshold.BYTES && isText(mediaType);
        this.gzip = worthCompressing ? gzip(plain) : null;
        this.brotli = worthCompressing && Brotli4jLoader.isAvailable() ? brotli(plain) : null;
    }

    public static Representation of(String tag, byte[] json) {
        return new Representation(tag, JSON, null, json, true);
    }

    /** A rendering of another media type (with its charset), in one language when {@code language} is not null. */
    public static Representation of(String tag, String mediaType, String language, byte[] body) {
        return new Representation(tag, mediaType, language, body, true);
    }

    /**
     * The answer to one request with a rendering made for it alone: 304 without rendering when {@code If-None-Match}
     * names the tag, else the rendering, not compressed ahead (the HTTP layer compresses it as it goes out), with the
     * same headers as a shared representation's.
     */
    public static Answer answerOnce(String tag, String mediaType, String language, String ifNoneMatch,
            Supplier<byte[]> render) {
        byte[] body = Preconditions.matchesNoneMatch(ifNoneMatch, new EntityTag(tag)) ? new byte[0] : render.get();
        return new Representation(tag, mediaType, language, body, false).answer(ifNoneMatch, null);
    }

    public String tag() {
        return tag.getValue();
    }

    /** What it holds in memory, for bounding a cache of representations. */
    public int size() {
        return plain.length + (gzip == null ? 0 : gzip.length) + (brotli == null ? 0 : brotli.length);
    }

    /** Nothing (304) when {@code If-None-Match} names it, otherwise its body in the best coding the client accepts. */
    public Answer answer(String ifNoneMatch, String acceptEncoding) {
        if (Preconditions.matchesNoneMatch(ifNoneMatch, tag)) {
            return answer(true, null, null);
        }
        if (brotli != null && accepts(acceptEncoding, "br")) {
            return answer(false, Coding.BROTLI, brotli);
        }
        if (gzip != null && accepts(acceptEncoding, "gzip")) {
            return answer(false, Coding.GZIP, gzip);
        }
        return answer(false, null, plain);
    }

    private Answer answer(boolean notModified, Coding coding, byte[] body) {
        return new Answer(tag, etagHeader, mediaType, contentType, language, notModified, coding, body);
    }

    /**
     * One answer, sent by the REST layer or straight by the HTTP layer with the same status and headers: the ETag,
     * revalidation, the media type, the coding, and that the body depends on Accept-Encoding (and on
     * Accept-Language for a representation in one language).
     */
    public record Answer(EntityTag tag, CharSequence etagHeader, String mediaType, CharSequence contentType,
            String language, boolean notModified, Coding coding, byte[] body) {

        public RestResponse<byte[]> response() {
            ResponseBuilder<byte[]> response = notModified ? ResponseBuilder.notModified(tag) : ResponseBuilder.ok(body);
            response.tag(tag).cacheControl(Responses.REVALIDATE)
                    .header(HttpHeaders.VARY.toString(), HttpHeaders.ACCEPT_ENCODING.toString());
            if (!notModified) {
                response.type(mediaType);
            }
            if (language != null) {
                response.header(HttpHeaders.VARY.toString(), HttpHeaders.ACCEPT_LANGUAGE.toString())
                        .header(HttpHeaders.CONTENT_LANGUAGE.toString(), language);
            }
            if (coding != null) {
                response.header(HttpHeaders.CONTENT_ENCODING.toString(), coding.token);
            }
            return response.build();
        }

        /** The same answer, straight from the HTTP layer; header names and values are Vert.x's prepared ones. */
        public void send(HttpServerResponse response) {
            response.putHeader(HttpHeaders.ETAG, etagHeader).putHeader(HttpHeaders.CACHE_CONTROL, NO_CACHE);
            // Added to the Vary every answer has (Origin, Authorization), as the REST layer does.
            response.headers().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
            if (language != null) {
                response.headers().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
                response.putHeader(HttpHeaders.CONTENT_LANGUAGE, language);
            }
            if (notModified) {
                response.setStatusCode(Status.NOT_MODIFIED.getStatusCode()).end();
                return;
            }
            response.putHeader(HttpHeaders.CONTENT_TYPE, contentType);
            if (coding != null) {
                response.putHeader(HttpHeaders.CONTENT_ENCODING, coding.header);
            }
            response.end(Buffer.buffer(body));
        }
    }

    /** The codings representations are kept in, besides none. */
    public enum Coding {
        BROTLI("br"), GZIP("gzip");

        private final String token;
        private final CharSequence header;

        Coding(String token) {
            this.token = token;
            this.header = HttpHeaders.createOptimized(token);
        }
    }

    /** Whether {@code Accept-Encoding} names the coding, or *, without q=0 (RFC 9110, section 12.5.3). */
    static boolean accepts(String acceptEncoding, String coding) {
        if (acceptEncoding == null) {
            return false;
        }
        boolean byWildcard = false;
        for (String element : acceptEncoding.split(",")) {
            String[] parts = element.split(";");
            String name = parts[0].trim().toLowerCase(Locale.ROOT);
            boolean refused = false;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].trim().toLowerCase(Locale.ROOT).replace(" ", "");
                refused |= parameter.matches("q=0(\\.0{0,3})?");
            }
            if (name.equals(coding)) {
                return !refused;
            }
            byWildcard |= name.equals("*") && !refused;
        }
        return byWildcard;
    }

    /**
     * Text compresses; a PDF (compressed inside already) does not, and the HTTP layer would mark any coding of a type
     * it does not compress itself as identity.
     */
    private static boolean isText(String mediaType) {
        String type = mediaType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/") || type.contains("json") || type.contains("xml");
    }

    private static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 4);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(plain);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toByteArray();
    }

    private static byte[] brotli(byte[] plain) {
        try {
            return Encoder.compress(plain, BROTLI);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
