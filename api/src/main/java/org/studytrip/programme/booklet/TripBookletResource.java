package org.studytrip.programme.booklet;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.studytrip.common.exchange.Kind.OperationKind;
import org.studytrip.common.exchange.Kind;
import org.studytrip.common.pdf.PdfDocuments;
import org.studytrip.programme.ExportParameters;
import org.studytrip.programme.ItineraryService;
import org.studytrip.programme.ProgrammeRepresentations;

/** A trip's printed programme, built once per version of the programme and language. */
@Path("/api/v1/trips/{tripId}")
@Tag(name = "Sessions")
public class TripBookletResource {

    private final ProgrammeRepresentations representations;
    private final ItineraryService itineraries;
    private final ProgrammeBooklet booklet;

    TripBookletResource(ProgrammeRepresentations representations, ItineraryService itineraries, ProgrammeBooklet booklet) {
        this.representations = representations;
        this.itineraries = itineraries;
        this.booklet = booklet;
    }

    @GET
    @Path("booklet.pdf")
    @Produces(PdfDocuments.MEDIA_TYPE)
    @Kind(OperationKind.READ)
    @PermitAll
    @Operation(summary = "Get a trip's printed programme (PDF)", description = "An A4 booklet to print and hand out: "
            + "day by day, each session with its time in the trip's zone and in the delegation's home zone, its "
            + "venue and experts; then the venues with their local and English addresses, and the organiser's "
            + "contact. In two languages: the one asked for (lang or Accept-Language) with English below it, or "
            + "English with Chinese below. The font, with Chinese and Korean glyphs, is embedded. Public for published "
            + "trips; revalidate with If-None-Match.")
    @APIResponse(responseCode = "200", description = "The booklet",
            content = @Content(mediaType = PdfDocuments.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 64 * 1024 * 1024)))
    public CompletionStage<RestResponse<byte[]>> getTripBooklet(@RestPath String tripId, @BeanParam ExportParameters export) {
        return representations.export("booklet", PdfDocuments.MEDIA_TYPE, tripId, export,
                (trip, language) -> booklet.render(trip, itineraries.itinerary(trip), language));
    }
}
