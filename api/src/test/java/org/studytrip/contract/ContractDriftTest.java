package org.studytrip.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.studytrip.support.ContractValidation;

/**
 * The committed openapi.yaml is what the code generates and what the service serves; if not, regenerate it
 * (README, "Updating openapi.yaml") and review the difference like any other change.
 */
@QuarkusTest
class ContractDriftTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path GENERATED = Path.of("target", "openapi", "openapi.yaml");
    private static final String HOW_TO_FIX = " differs from the committed openapi.yaml: run "
            + "'./mvnw -pl api -am package -DskipTests -Pupdate-openapi' and commit the result.";

    @Test
    void theBuildGeneratesExactlyTheCommittedContract() throws IOException {
        assertTrue(Files.exists(GENERATED), "the build writes " + GENERATED.toAbsolutePath());
        assertEquals(committed(), Files.readString(GENERATED), GENERATED + HOW_TO_FIX);
    }

    /** Compared as documents: the served copy is serialised again at run time, with keys in another order. */
    @Test
    void theServiceServesTheCommittedContract() throws IOException {
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        assertEquals(YAML.readTree(committed()), YAML.readTree(served), "/q/openapi" + HOW_TO_FIX);
    }

    private static String committed() throws IOException {
        return Files.readString(ContractValidation.COMMITTED_CONTRACT);
    }
}
