package org.studytrip.trip;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;
import org.studytrip.common.web.ApiEnums;
import org.studytrip.common.web.ListDescription;
import org.studytrip.common.web.CatalogueFilter;
import org.studytrip.common.web.Criteria;
import org.studytrip.common.web.Sorting;
import org.studytrip.common.web.QueryValues;

/**
 * What a list of trips may be narrowed to; a filter that is absent is not applied: {@code year} of the start date,
 * {@code topic} and {@code city} by code, {@code organisation} as organiser or sender.
 */
@ListDescription("Filter by year, status, topic (code), sending city (code), organisation (id, as organiser or "
        + "sender) or text; sortable by code, title, startDate, status, createdAt, updatedAt. Newest first "
        + "by default.")
public class TripFilter extends CatalogueFilter {

    private static final Sorting SORTING = Sorting.by("-startDate,code",
            "code", "title:title.en", "startDate", "status", "createdAt", "updatedAt");

    @RestQuery
    @Parameter(description = "Year the trip starts in.", example = "2025", schema = @Schema(
            type = SchemaType.INTEGER, format = "int32", minimum = "1900", maximum = "2200"))
    public String year;

    @RestQuery
    @Parameter(description = "Status.", schema = @Schema(implementation = TripStatus.class))
    public String status;

    @RestQuery
    @Parameter(description = "Code of a topic of the trip.", example = "urban-resilience",
            schema = @Schema(maxLength = 64, pattern = "^[a-z0-9-]+$"))
    public String topic;

    @RestQuery
    @Parameter(description = "Code of a city a sending local government belongs to.", example = "shenzhen",
            schema = @Schema(maxLength = 64, pattern = "^[a-z0-9-]+$"))
    public String city;

    @RestQuery
    @Parameter(description = "Id of an organisation that organises the trip or sends delegates.",
            schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
    public String organisation;

    Integer year() {
        return QueryValues.integer("year", year, 1900, 2200);
    }

    TripStatus status() {
        return ApiEnums.parse(TripStatus.class, "status", status);
    }

    UUID organisation() {
        return QueryValues.uuid("organisation", organisation);
    }

    @Override
    public Criteria criteria() {
        Integer year = year();
        return new Criteria()
                .where("startDate >= :value", year == null ? null : LocalDate.of(year, 1, 1))
                .where("startDate <= :value", year == null ? null : LocalDate.of(year, 12, 31))
                .equal("status", status())
                .where("id in (select t.id from Trip t join t.topics topic where topic.code = :value)", topic)
                .where("id in (select t.id from Trip t join t.sendingOrganisations o where o.city.code = :value)",
                        city)
                .where("(organiser.id = :value or id in (select t.id from Trip t join t.sendingOrganisations o "
                        + "where o.id = :value))", organisation())
                .contains(text(), "code", "title.en", "title.zh", "title.ko");
    }

    @Override
    public Sorting sorting() {
        return SORTING;
    }
}
