package org.studytrip.common.privacy;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Method;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * {@code Cache-Control: no-store} on every response of a {@link PersonalData} operation, errors included, and on
 * any response built from sealed personal data (an organiser's list with masked passports): no browser cache or
 * service worker keeps it for the next person at the same device.
 */
public class NoStoreFilter {

    @ServerResponseFilter
    public void noStore(ResourceInfo resource, ContainerResponseContext response) {
        Method method = resource.getResourceMethod();
        PersonalData marked = method == null ? null : method.isAnnotationPresent(PersonalData.class)
                ? method.getAnnotation(PersonalData.class) : resource.getResourceClass().getAnnotation(PersonalData.class);
        boolean personalOperation = marked != null && marked.value();
        if (personalOperation || ProtectedReads.happened()) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }
}
