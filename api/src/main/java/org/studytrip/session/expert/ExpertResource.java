package org.studytrip.session.expert;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.studytrip.common.exchange.CatalogueResource;
import org.studytrip.common.exchange.Exchange;

@Path("/api/v1/experts")
@Tag(name = "Experts", description = "The people the delegation meets: names, titles, organisations, topics.")
@Exchange(noun = "expert", plural = "experts")
public class ExpertResource extends CatalogueResource<ExpertInput, ExpertView, ExpertService, ExpertFilter> {
}
