package org.studytrip.city;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.studytrip.common.exchange.CatalogueResource;
import org.studytrip.common.exchange.Exchange;

@Path("/api/v1/cities")
@Tag(name = "Cities", description = "Local governments' places that send delegates, with their home time zone.")
@Exchange(noun = "city", plural = "cities")
public class CityResource extends CatalogueResource<CityInput, CityView, CityService, CityFilter> {
}
