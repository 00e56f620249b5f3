package org.studytrip.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Validates every response of every test against the committed contract (status, headers, body): an
 * undeclared status, field or shape fails the test. Requests are not checked, because the bad-input tests
 * send invalid requests on purpose. Requests act as an organiser unless a test says otherwise ({@link Auth}).
 */
public class ContractValidation implements QuarkusTestBeforeEachCallback {

    public static final Path COMMITTED_CONTRACT = Path.of("..", "openapi.yaml").toAbsolutePath().normalize();

    private static OpenApiValidationFilter filter;

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        RestAssured.replaceFiltersWith(new Auth.DefaultOrganiser(), filter());
        // JSON is UTF-8 (RFC 8259); RestAssured would otherwise send merge patches as ISO-8859-1.
        RestAssured.config = RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                .defaultContentCharset(StandardCharsets.UTF_8)
                .encodeContentTypeAs("application/merge-patch+json", ContentType.TEXT));
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static synchronized OpenApiValidationFilter filter() {
        if (filter == null) {
            if (!Files.exists(COMMITTED_CONTRACT)) {
                throw new IllegalStateException("No committed contract at " + COMMITTED_CONTRACT
                        + "; generate it first (see README, 'Updating openapi.yaml').");
            }
            OpenApiInteractionValidator validator = OpenApiInteractionValidator
                    .createForSpecificationUrl(COMMITTED_CONTRACT.toUri().toString())
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build();
            filter = new OpenApiValidationFilter(validator);
        }
        return filter;
    }
}
