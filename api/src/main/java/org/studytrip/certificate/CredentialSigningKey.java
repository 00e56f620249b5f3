package org.studytrip.certificate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A key credentials are signed with: its id (the JWK thumbprint), the private key sealed, the public one as a JWK. */
@Entity
@Table(name = "credential_signing_key")
public class CredentialSigningKey extends PanacheEntityBase {

    @Id
    public String id;

    public String privateKey;

    public String publicJwk;

    public Instant createdAt;
}
