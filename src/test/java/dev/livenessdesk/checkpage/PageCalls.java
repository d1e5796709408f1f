package dev.livenessdesk.checkpage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Calls a check page's API the way the page's own code does (same headers), for tests that play the page. */
public final class PageCalls {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private PageCalls() {
    }

    /** POSTs JSON to api/CALL of the page at this address; returns the status and body. */
    public static HttpResponse<String> post(URI page, String call, String json) {
        HttpRequest request = HttpRequest.newBuilder(page.resolve("api/" + call))
                .timeout(Duration.ofSeconds(10))
                .header("X-Liveness-Desk", "check-page")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
