package org.studytrip.changes;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of a change feed, and where to go on from. */
@Schema(name = "ChangePage")
public record ChangePage(
        @NotNull @Size(max = FeedParameters.MAX_LIMIT) @Schema(description = "In sequence order; a record changed "
                + "more than once within the page appears once, at its last change.") List<ChangeEntry> items,
        @NotNull @Size(max = 200) @Schema(pattern = "^[A-Za-z0-9_-]+$", description = "The cursor to send as after next time: also when there "
                + "are no items, so that a follower skips what it may not see.", examples = "YzE6MTA0Mg") String next,
        @NotNull @Schema(description = "Whether more changes follow at once; if not, ask again later with next.")
        boolean more) {
}
