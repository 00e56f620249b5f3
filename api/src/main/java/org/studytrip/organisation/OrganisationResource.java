package org.studytrip.organisation;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.studytrip.common.exchange.CatalogueResource;
import org.studytrip.common.exchange.Exchange;

@Path("/api/v1/organisations")
@Tag(name = "Organisations", description = "Ministries, agencies, institutions, partnerships, local governments and secretariats that organise trips or send delegates.")
@Exchange(noun = "organisation", plural = "organisations")
public class OrganisationResource extends CatalogueResource<OrganisationInput, OrganisationView, OrganisationService, OrganisationFilter> {
}
