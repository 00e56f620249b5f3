package org.studytrip.certificate;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.lang.HashUtil;
import org.jose4j.lang.JoseException;
import org.studytrip.common.privacy.Sealer;
import org.studytrip.programme.AppConfig;

/**
 * The keys credentials are signed with: RSA 2048 for RS256, which Open Badges 3.0 asks every verifier to support.
 * Made the first time one is needed and kept in the database, its private part sealed with the personal-data key
 * ring, so every replica signs with a key the others publish too; a private part sealed with an older key of the
 * ring is sealed anew when read. The newest key signs; all are published, so older credentials keep verifying. A
 * key is stored under its JWK thumbprint (RFC 7638) and named, in credentials and in the set, by a URI into the set.
 */
@ApplicationScoped
public class CredentialKeys {

    private static final String PURPOSE = "credential_signing_key.private_key";

    private final Sealer sealer;
    private final AppConfig app;
    private volatile PublicJsonWebKey current;

    CredentialKeys(Sealer sealer, AppConfig app) {
        this.sealer = sealer;
        this.app = app;
    }

    /** A key's id as credentials name it: a URI into the published set ({@code .../credentials/keys#<thumbprint>}). */
    String uri(JsonWebKey key) {
        return app.api(Credentials.KEYS_PATH) + "#" + key.getKeyId();
    }

    /** The key to sign with, its private part included. */
    PublicJsonWebKey signing() {
        PublicJsonWebKey key = current;
        if (key == null) {
            synchronized (this) {
                key = current;
                if (key == null) {
                    key = QuarkusTransaction.requiringNew().call(this::newestOrNew);
                    current = key;
                }
            }
        }
        return key;
    }

    /** Every key's public part, as a JWK Set (RFC 7517). */
    String published() {
        signing();
        List<CredentialSigningKey> keys = CredentialSigningKey.list("order by createdAt desc, id");
        try {
            JsonWebKeySet set = new JsonWebKeySet();
            for (CredentialSigningKey key : keys) {
                JsonWebKey published = JsonWebKey.Factory.newJwk(key.publicJwk);
                published.setKeyId(uri(published));
                set.addJsonWebKey(published);
            }
            return set.toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
        } catch (JoseException stored) {
            throw new IllegalStateException("A stored public key is not a JWK", stored);
        }
    }

    private PublicJsonWebKey newestOrNew() {
        CredentialSigningKey stored = CredentialSigningKey.<CredentialSigningKey>find("order by createdAt desc, id")
                .firstResult();
        try {
            if (stored == null) {
                RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
                key.setKeyId(key.calculateBase64urlEncodedThumbprint(HashUtil.SHA_256));
                key.setUse("sig");
                key.setAlgorithm("RS256");
                stored = new CredentialSigningKey();
                stored.id = key.getKeyId();
                stored.publicJwk = key.toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
                stored.privateKey = sealer.seal(Base64.getEncoder().encodeToString(key.getPrivateKey().getEncoded()), PURPOSE);
                stored.createdAt = Instant.now();
                stored.persist();
                return key;
            }
            String privateKey = sealer.open(stored.privateKey, PURPOSE);
            if (!stored.privateKey.startsWith(sealer.currentPrefix())) {
                stored.privateKey = sealer.seal(privateKey, PURPOSE);
            }
            PublicJsonWebKey key = PublicJsonWebKey.Factory.newPublicJwk(stored.publicJwk);
            key.setPrivateKey(KeyFactory.getInstance("RSA").generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateKey))));
            return key;
        } catch (JoseException | GeneralSecurityException failure) {
            throw new IllegalStateException("Could not make or read the credential signing key", failure);
        }
    }
}
