package dev.livenessdesk.aws;

import java.util.Optional;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * Notes, for the thread that makes a call, the endpoint its request really went to, as the SDK sent it. A message
 * about a failed call then names that endpoint whatever chose it (an override, AWS_ENDPOINT_URL_STS, a profile's
 * endpoint_url, the SDK's default), instead of the public endpoint the desk would have guessed. Sync clients run
 * every interceptor on the calling thread, so the note is the current call's; it is cleared as each call starts.
 */
final class EndpointsUsed implements ExecutionInterceptor {

    /** The service (its SDK name in lower case, "sts") and the endpoint of the current call on this thread. */
    private record Used(String service, String endpoint) {
    }

    private static final ThreadLocal<Used> LATEST = new ThreadLocal<>();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        LATEST.remove();
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        SdkHttpRequest request = context.httpRequest();
        String service = String.valueOf(attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME));
        int standard = "https".equals(request.protocol()) ? 443 : 80;
        String port = request.port() == standard ? "" : ":" + request.port();
        LATEST.set(new Used(normalized(service), request.protocol() + "://" + request.host() + port));
        // A request is going out: its credentials were had, whatever an earlier call on this thread met.
        TrackedCredentials.clear();
    }

    /** The endpoint the latest call of this service on this thread was sent to; empty when none was sent. */
    static Optional<String> of(String service) {
        Used used = LATEST.get();
        return used != null && used.service().equals(normalized(service)) ? Optional.of(used.endpoint())
                : Optional.empty();
    }

    private static String normalized(String service) {
        return service.toLowerCase(java.util.Locale.ROOT).replace(" ", "");
    }
}
