package org.studytrip.evaluation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A delegate's evaluations of their trip, to show them what they said (and let them change it). */
@Schema(name = "OwnEvaluations")
public record OwnEvaluationsView(@NotNull @Size(max = 501) List<EvaluationView> items) {
}
