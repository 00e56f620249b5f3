package org.studytrip.webhook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.studytrip.common.exchange.CatalogueResource;
import org.studytrip.common.exchange.Exchange;
import org.studytrip.common.exchange.Kind;
import org.studytrip.common.exchange.Kind.OperationKind;
import org.studytrip.common.idempotency.Idempotent;
import org.studytrip.common.security.Roles;
import org.studytrip.common.web.Page;
import org.studytrip.common.web.PageParameters;
import org.studytrip.common.web.Responses;

@Path("/api/v1/webhooks")
@Tag(name = "Webhooks", description = "Partner agencies told of changes as they happen: organisers register an https "
        + "address for a partner organisation, with the event types and trips it wants. Each change is POSTed as "
        + "Standard Webhooks describe: headers webhook-id (the same on every attempt: skip repeats), webhook-timestamp "
        + "and webhook-signature (v1, HMAC-SHA256 with the secret shown once on creation, over id.timestamp.body); the "
        + "body {type, timestamp, data} where data is the change feed's entry, as a partner may see it. At least once: "
        + "a delivery is written with the change itself, retried with growing waits until a 2xx answer, and the webhook "
        + "is disabled after a run of failures. Organisers only.")
@Exchange(noun = "webhook", plural = "webhooks", onDelete = "Its deliveries go with it.")
public class WebhookResource extends CatalogueResource<WebhookInput, WebhookView, WebhookService, WebhookFilter> {

    @Override
    @RolesAllowed(Roles.ORGANISER)
    public RestResponse<Page<WebhookView>> list(UriInfo uriInfo) {
        return super.list(uriInfo);
    }

    @Override
    @RolesAllowed(Roles.ORGANISER)
    public RestResponse<WebhookView> get(String id, String ifNoneMatch) {
        return super.get(id, ifNoneMatch);
    }

    @GET
    @Path("{id}/deliveries")
    @Kind(value = OperationKind.LIST, belowParent = true)
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "List a webhook's deliveries", description = "Newest first: each change announced, its "
            + "status (pending, delivered, or skipped when partners may not see it), attempts, the receiver's last "
            + "status or what failed, and when the next attempt is due.")
    public RestResponse<Page<DeliveryView>> listWebhookDeliveries(@RestPath String id, @BeanParam PageParameters paging,
            @Context UriInfo uriInfo) {
        return Responses.page(uriInfo, service.deliveries(id, paging.pageRequest()));
    }

    @POST
    @Idempotent
    @Path("{id}/deliveries/{deliveryId}/redeliver")
    @Kind(value = OperationKind.ACTION, belowParent = true)
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Send a delivery again", description = "At once, with the same webhook-id, whatever its "
            + "status: for a receiver that lost it or was fixed. 409 webhook-disabled while the webhook is disabled.")
    public RestResponse<DeliveryView> redeliverWebhookDelivery(@RestPath String id, @RestPath String deliveryId) {
        return RestResponse.accepted(service.redeliver(id, deliveryId));
    }
}
