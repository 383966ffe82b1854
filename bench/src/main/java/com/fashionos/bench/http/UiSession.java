package com.fashionos.bench.http;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One browser-like session of the Vaadin app: its own cookie jar, form sign-in with the CSRF token the login page
 * carries, and page loads. A page load is what a browser does before any user interaction: GET the route (Vaadin's
 * bootstrap HTML) and then the {@code ?v-r=init} request with which Flow's client asks the server to create the UI
 * and navigate, so the view is built server-side with its first data. Later UIDL round trips (scrolling, clicks)
 * are not simulated.
 */
public final class UiSession {

    private static final Pattern CSRF = Pattern.compile(
            "(?:name=\"_csrf\"\\s+(?:content|value)=\"([^\"]+)\")|(?:\"csrfToken\"\\s*:\\s*\"([^\"]+)\")");

    private final URI base;
    private final HttpClient http;
    private @Nullable String csrf;

    public UiSession(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** Signs in; returns true when the app redirected away from the login page. */
    public boolean signIn(String user, String password) throws IOException, InterruptedException {
        var page = get("/login");
        if (page.statusCode() != 200) {
            throw new IOException("GET /login answered " + page.statusCode());
        }
        csrf = csrfOf(page.body());
        String form =
                "username=" + enc(user) + "&password=" + enc(password) + (csrf == null ? "" : "&_csrf=" + enc(csrf));
        var post = http.send(
                HttpRequest.newBuilder(base.resolve("/login"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String location = post.headers().firstValue("Location").orElse("");
        return (post.statusCode() == 302 || post.statusCode() == 303) && !location.contains("login");
    }

    /**
     * Loads a route as a browser would: bootstrap page, then the UI init request. Returns the HTTP status of the
     * init request (or of the bootstrap page when that failed).
     */
    public int load(String route) throws IOException, InterruptedException {
        var page = get(route);
        if (page.statusCode() != 200) {
            return page.statusCode();
        }
        String token = csrfOf(page.body());
        if (token != null) {
            csrf = token;
        }
        String location = route.startsWith("/") ? route.substring(1) : route;
        var init = get(route + (route.contains("?") ? "&" : "?") + "v-r=init&location=" + enc(location)
                + "&query=&v-bw=1280&v-bh=800&v-wn=ROOT-" + System.identityHashCode(this) + "&v-np=true");
        return init.statusCode();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(base.resolve(path))
                        .timeout(Duration.ofSeconds(30))
                        .header("Accept", "text/html,application/json")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static @Nullable String csrfOf(String html) {
        var m = CSRF.matcher(html);
        if (!m.find()) {
            return null;
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    public void close() {
        http.close();
    }
}
