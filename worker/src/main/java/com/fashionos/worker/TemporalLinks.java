package com.fashionos.worker;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Links into a Temporal Web UI, for screens that want to show "open in Temporal". Empty when no
 * {@code fashionos.temporal.web-ui-url} is set (the embedded dev server has no web UI).
 */
public final class TemporalLinks {

    private final @Nullable String webUiUrl;
    private final String namespace;

    /**
     * @param webUiUrl base URL of the Web UI, e.g. {@code http://localhost:8233}; null or blank = no links
     * @param namespace the namespace workflows run in
     */
    public TemporalLinks(@Nullable String webUiUrl, String namespace) {
        this.webUiUrl = TemporalProperties.isBlank(webUiUrl) ? null : stripTrailingSlashes(webUiUrl);
        this.namespace = namespace;
    }

    /** The Web UI page of the workflow execution with this id (its latest run), if a Web UI is configured. */
    public Optional<String> workflow(String workflowId) {
        if (webUiUrl == null) {
            return Optional.empty();
        }
        return Optional.of(webUiUrl + "/namespaces/" + encode(namespace) + "/workflows/" + encode(workflowId));
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String stripTrailingSlashes(String url) {
        String trimmed = url.trim();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }
}
