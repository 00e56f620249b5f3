package org.studytrip.participant.roster;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import did, or would do on a dry run: counts, and every problem by row and column. */
@Schema(name = "RosterImport")
public record RosterImportReport(
        @NotNull @Schema(description = "Whether the file was imported; never on a dry run, never with problems.")
        boolean committed,
        @NotNull @Min(0) @Max(RosterService.MAX_ROWS) int rows,
        @NotNull @Min(0) @Max(RosterService.MAX_ROWS) @Schema(description = "Participations the file adds.") int created,
        @NotNull @Min(0) @Max(RosterService.MAX_ROWS) @Schema(description = "Participations (or their people) it changes.")
        int updated,
        @NotNull @Min(0) @Max(RosterService.MAX_ROWS) @Schema(description = "Rows that match what is recorded already.")
        int unchanged,
        @NotNull @Size(max = 10000) List<Problem> problems) {

    /** A problem of one row (1 is the header row, as a spreadsheet numbers them) and column. */
    @Schema(name = "RosterImportProblem")
    public record Problem(
            @NotNull @Min(1) @Max(RosterService.MAX_ROWS + 1) int row,
            @Size(max = 200) @Schema(examples = "email") String column,
            @NotNull @Size(max = 64) @Schema(examples = "invalid") String code,
            @NotNull @Size(max = 500) @Schema(examples = "must be a well-formed email address") String message) {
    }
}
