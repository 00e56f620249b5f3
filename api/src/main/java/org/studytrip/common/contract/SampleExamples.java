package org.studytrip.common.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Answers recorded from the sample programme ({@code openapi-examples/<operationId>.json}, written by
 * {@code tools/examples/capture.sh}), set as the example of the operation's JSON answer: what the reference shows and
 * what a mock server (Prism) answers. ContractExamplesTest checks each against the contract.
 */
final class SampleExamples {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SampleExamples() {
    }

    static void attach(String operationId, APIResponses responses) {
        APIResponse ok = responses.getAPIResponse("200");
        if (ok == null || ok.getContent() == null) {
            return;
        }
        MediaType json = ok.getContent().getMediaType("application/json");
        Object example = read(operationId);
        if (json != null && example != null) {
            json.addExample("sample", OASFactory.createExample()
                    .summary("From the sample programme of the 2025 trip").value(example));
        }
    }

    private static Object read(String operationId) {
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("openapi-examples/" + operationId + ".json")) {
            return in == null ? null : JSON.readValue(in, Object.class);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("openapi-examples/" + operationId + ".json", unreadable);
        }
    }
}
