package com.fashionos.bench.http;

import com.fashionos.crm.api.DraftApiJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/**
 * A client of the app's draft API with a brand API token, as an external system calls it: requests a draft for a
 * deal, reads a draft, rejects one. Bodies and answers are {@link DraftApiJson}'s, the same the app's own API test
 * posts to the real controller. One HTTP client (its own connection pool, no cookies) per instance.
 */
public final class DraftApi implements AutoCloseable {

    /** The channel the bench drafts on: every sampled deal's primary contact has an email address. */
    public static final String CHANNEL = "EMAIL";

    /** An HTTP answer: status and body. */
    public record Answer(int status, String body) {

        /** "HTTP 400: {…}" with the body cut to 200 characters: an error's sample in the report. */
        public String sample() {
            String flat = body.replaceAll("\\s+", " ").strip();
            return "HTTP " + status
                    + (flat.isEmpty() ? "" : ": " + (flat.length() > 200 ? flat.substring(0, 200) + "…" : flat));
        }
    }

    private final URI base;
    private final String token;
    private final HttpClient http;

    public DraftApi(URI base, String token) {
        this.base = base;
        this.token = token;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** {@code POST /api/v1/drafts} for a draft about {@code dealId} by email; the app answers 202. */
    public Answer start(UUID dealId) throws IOException, InterruptedException {
        return post(DraftApiJson.PATH, DraftApiJson.startForDeal(dealId, CHANNEL));
    }

    /** {@code GET /api/v1/drafts/{draftId}}; 200 with the draft's state. */
    public Answer get(String draftId) throws IOException, InterruptedException {
        return send(request(DraftApiJson.PATH + "/" + draftId).GET().build());
    }

    /** {@code POST /api/v1/drafts/{draftId}/reject} in the name of the member {@code email}; 200 when rejected. */
    public Answer reject(String draftId, String reason, String email) throws IOException, InterruptedException {
        return post(DraftApiJson.PATH + "/" + draftId + "/reject", DraftApiJson.reject(reason, email));
    }

    private Answer post(String path, String json) throws IOException, InterruptedException {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token);
    }

    private Answer send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }

    @Override
    public void close() {
        http.close();
    }
}
