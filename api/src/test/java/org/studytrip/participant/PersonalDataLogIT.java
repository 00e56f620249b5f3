package org.studytrip.participant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.studytrip.support.PersonalDataMarkers;

/**
 * Runs after all the API tests (failsafe, integration-test phase) and reads the log they wrote: personal data
 * is never logged, so none of the marker values that tests put into contact and protected fields may be in it.
 */
class PersonalDataLogIT {

    private static final Path LOG = Path.of("target", "test-run.log");

    private static java.util.stream.Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theLogOfTheWholeTestRunHoldsNoPersonalData() throws IOException {
        assertTrue(Files.exists(LOG), "the test run writes its log to " + LOG.toAbsolutePath());
        List<String> lines;
        try (var logs = Files.list(LOG.getParent())) {
            // Rotated parts too (test-run.log.1, ...), should the log ever outgrow one file.
            lines = logs.filter(file -> file.getFileName().toString().startsWith("test-run.log"))
                    .flatMap(PersonalDataLogIT::lines).toList();
        }
        assertTrue(lines.stream().anyMatch(line -> line.contains("/api/v1/people")),
                "the log covers the requests that wrote personal data");
        for (String marker : PersonalDataMarkers.all()) {
            assertFalse(lines.stream().anyMatch(line -> line.contains(marker)), "the log contains " + marker);
        }
    }
}
