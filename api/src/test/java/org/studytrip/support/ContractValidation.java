package org.studytrip.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.ValidationConfiguration;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Validates every response of every test against the committed contract (status, headers, body): an
 * undeclared status, field or shape fails the test. Requests are not checked, because the bad-input tests
 * send invalid requests on purpose. Requests act as an organiser unless a test says otherwise ({@link Auth}).
 */
public class ContractValidation implements QuarkusTestBeforeEachCallback {

    public static final Path COMMITTED_CONTRACT = Path.of("..", "openapi.yaml").toAbsolutePath().normalize();

    private static OpenApiInteractionValidator validator;
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

    /**
     * Validates an answer that a test got without RestAssured (raw bytes, chunked bodies, no Content-Type), as the
     * filter validates every other one.
     */
    public static void validate(String method, String path, int status, Map<String, List<String>> headers, String body) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status).withBody(body);
        headers.forEach((name, values) -> response.withHeader(name, values.toArray(String[]::new)));
        ValidationReport report = validator().validateResponse(path, Request.Method.valueOf(method), response.build());
        if (report.hasErrors()) {
            throw new AssertionError(method + " " + path + " answered " + status + " outside the contract: "
                    + report.getMessages());
        }
    }

    private static synchronized OpenApiInteractionValidator validator() {
        if (validator == null) {
            if (!Files.exists(COMMITTED_CONTRACT)) {
                throw new IllegalStateException("No committed contract at " + COMMITTED_CONTRACT
                        + "; generate it first (see README, 'Updating openapi.yaml').");
            }
            validator = OpenApiInteractionValidator
                    .createForSpecificationUrl(COMMITTED_CONTRACT.toUri().toString())
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    // Every schema the contract has, compiled once: the default cache (100) is smaller than the
                    // contract's set of bodies and headers, and a miss copies every definition of the contract.
                    .withSchemaValidationConfiguration(new ValidationConfiguration().setMaxCacheSize(10_000))
                    .build();
        }
        return validator;
    }

    static synchronized OpenApiValidationFilter filter() {
        if (filter == null) {
            filter = new OpenApiValidationFilter(validator());
        }
        return filter;
    }
}
