package org.studytrip.certificate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Collection;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;
import org.studytrip.organisation.Organisation;
import org.studytrip.programme.AppConfig;
import org.studytrip.trip.Trip;

/**
 * Certificates as verifiable credentials, in the profile this service follows: an Open Badges 3.0
 * {@code OpenBadgeCredential} (W3C Verifiable Credentials Data Model 2.0), secured as a VC-JWT the way Open Badges 3.0
 * describes it (RS256; the credential's members are the JWT's claims, with iss, jti and nbf; the key named by kid
 * as a URI into the published JWK Set, and carried as jwk), its revocation published as a W3C Bitstring Status List
 * (v1.0) credential of its issuer, signed alike. The issuer is the organisation that ran the trip; a verifier holding
 * the keys and the issuer's list checks a credential offline.
 */
@ApplicationScoped
public class Credentials {

    public static final String MEDIA_TYPE = "application/vc+jwt";
    static final String STATUS_LISTS_PATH = "api/v1/credentials/status/";
    static final String KEYS_PATH = "api/v1/credentials/keys";
    /** The shortest list the specification allows (16 KiB), so that a revoked credential hides among many. */
    static final int STATUS_LIST_BITS = 131_072;

    private static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    private static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

    private final CredentialKeys keys;
    private final ObjectMapper json;
    private final AppConfig app;

    Credentials(CredentialKeys keys, ObjectMapper json, AppConfig app) {
        this.keys = keys;
        this.json = json;
        this.app = app;
    }

    /** The certificate's credential, signed now; {@code criteria} says in words what the rule asked. */
    String issue(Certificate certificate, String criteria) {
        Trip trip = certificate.participant.trip;
        Organisation organiser = trip.organiser;
        ObjectNode credential = json.createObjectNode();
        credential.putArray("@context").add(VC_CONTEXT).add(OB_CONTEXT);
        credential.put("id", "urn:uuid:" + certificate.id);
        credential.putArray("type").add("VerifiableCredential").add("OpenBadgeCredential");
        ObjectNode issuer = credential.putObject("issuer");
        issuer.put("id", issuerId(organiser.id));
        issuer.putArray("type").add("Profile");
        issuer.put("name", organiser.name.en());
        if (organiser.website != null) {
            issuer.put("url", organiser.website);
        }
        credential.put("validFrom", certificate.issuedAt.truncatedTo(ChronoUnit.SECONDS).toString());
        credential.put("name", "Certificate of participation: " + trip.title.en());
        ObjectNode subject = credential.putObject("credentialSubject");
        subject.putArray("type").add("AchievementSubject");
        ArrayNode identifiers = subject.putArray("identifier");
        identifiers.add(name(certificate.holderNameLatin));
        if (certificate.holderNameNative != null) {
            identifiers.add(name(certificate.holderNameNative));
        }
        if (trip.startDate != null && trip.endDate != null) {
            subject.put("activityStartDate", trip.startDate.atStartOfDay(trip.zone()).toInstant().toString());
            subject.put("activityEndDate", trip.endDate.plusDays(1).atStartOfDay(trip.zone()).toInstant().toString());
        }
        ObjectNode achievement = subject.putObject("achievement");
        achievement.put("id", app.trip(trip.id) + "#certificate");
        achievement.putArray("type").add("Achievement");
        achievement.put("achievementType", "Certificate");
        achievement.put("name", trip.title.en());
        achievement.put("description", "Took part in the study trip " + trip.title.en() + ", attending "
                + CertificateView.hours(certificate.minutesAttended) + " hours of its programme.");
        achievement.putObject("criteria").put("narrative", criteria);
        ObjectNode status = credential.putObject("credentialStatus");
        String list = app.api(STATUS_LISTS_PATH + certificate.issuerId);
        status.put("id", list + "#" + certificate.statusIndex);
        status.put("type", "BitstringStatusListEntry");
        status.put("statusPurpose", "revocation");
        status.put("statusListIndex", Integer.toString(certificate.statusIndex));
        status.put("statusListCredential", list);
        credential.put("iss", issuer.get("id").asText());
        credential.put("jti", credential.get("id").asText());
        credential.put("nbf", certificate.issuedAt.getEpochSecond());
        return sign(credential);
    }

    /**
     * An issuer's revocation list: a bit per status index, set for each of its certificates that is no longer valid;
     * issued by the issuer, as its credentials are.
     */
    String statusList(UUID issuer, Collection<Integer> revoked) {
        byte[] bits = new byte[STATUS_LIST_BITS / 8];
        // Index 0 is the list's leftmost (most significant) bit.
        revoked.forEach(index -> bits[index / 8] |= (byte) (0x80 >>> (index % 8)));
        String list = app.api(STATUS_LISTS_PATH + issuer);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ObjectNode credential = json.createObjectNode();
        credential.putArray("@context").add(VC_CONTEXT);
        credential.put("id", list);
        credential.putArray("type").add("VerifiableCredential").add("BitstringStatusListCredential");
        credential.put("issuer", issuerId(issuer));
        credential.put("validFrom", now.toString());
        ObjectNode subject = credential.putObject("credentialSubject");
        subject.put("id", list + "#list");
        subject.put("type", "BitstringStatusList");
        subject.put("statusPurpose", "revocation");
        subject.put("encodedList", "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(gzip(bits)));
        credential.put("iss", credential.get("issuer").asText());
        credential.put("jti", list);
        credential.put("nbf", now.getEpochSecond());
        return sign(credential);
    }

    String publishedKeys() {
        return keys.published();
    }

    private String issuerId(UUID organisation) {
        return app.api("api/v1/organisations/" + organisation);
    }

    private ObjectNode name(String name) {
        ObjectNode identity = json.createObjectNode();
        identity.put("type", "IdentityObject");
        identity.put("identityHash", name);
        identity.put("identityType", "name");
        identity.put("hashed", false);
        return identity;
    }

    private String sign(ObjectNode claims) {
        PublicJsonWebKey key = keys.signing();
        try {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(json.writeValueAsString(claims));
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            jws.setHeader("typ", "JWT");
            jws.setKeyIdHeaderValue(keys.uri(key));
            jws.setJwkHeader(PublicJsonWebKey.Factory.newPublicJwk(key.getPublicKey()));
            jws.setKey(key.getPrivateKey());
            return jws.getCompactSerialization();
        } catch (JoseException | JsonProcessingException failure) {
            throw new IllegalStateException("Could not sign a credential", failure);
        }
    }

    private static byte[] gzip(byte[] bits) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bits);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toByteArray();
    }
}
