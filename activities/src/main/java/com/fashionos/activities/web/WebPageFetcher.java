package com.fashionos.activities.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads the text of a public web page: http(s) only, public addresses only, with a timeout and a size cap. A page
 * that cannot be read gives nothing rather than an error: a draft can do without the website.
 */
@Component
public class WebPageFetcher {

    private static final Logger log = LoggerFactory.getLogger(WebPageFetcher.class);
    private static final Pattern TITLE = Pattern.compile("(?is)<title[^>]*>(.*?)</title>");
    private static final Pattern DROP = Pattern.compile("(?is)<(script|style|noscript|svg|template)[^>]*>.*?</\\1>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]+>");

    private final WebProperties properties;
    private final HttpClient http;

    WebPageFetcher(WebProperties properties) {
        this.properties = properties;
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** The page's text, or empty when it cannot be read (bad URL, private address, timeout, not HTML…). */
    public Optional<PageText> fetch(String url) {
        try {
            URI uri = URI.create(url.contains("://") ? url : "https://" + url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                return Optional.empty();
            }
            if (!properties.allowPrivateAddresses() && isPrivate(uri.getHost())) {
                log.info("Not fetching {}: not a public address", url);
                return Optional.empty();
            }
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .timeout(properties.timeout())
                    .header("User-Agent", "FashionOS-CRM/0.1 (+account research)")
                    .header("Accept", "text/html,text/plain")
                    .GET()
                    .build();
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                String type = response.headers().firstValue("Content-Type").orElse("text/html");
                if (response.statusCode() / 100 != 2 || !(type.contains("html") || type.contains("text/plain"))) {
                    return Optional.empty();
                }
                byte[] bytes = body.readNBytes(properties.maxBytes());
                return Optional.of(toText(uri.toString(), new String(bytes, StandardCharsets.UTF_8)));
            }
        } catch (IOException | IllegalArgumentException e) {
            log.info("Could not fetch {}: {}", url, e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    PageText toText(String url, String html) {
        Matcher title = TITLE.matcher(html);
        String pageTitle = title.find() ? decode(title.group(1)).strip() : null;
        String text = decode(TAG.matcher(DROP.matcher(html).replaceAll(" ")).replaceAll(" "))
                .replaceAll("\\s+", " ")
                .strip();
        if (text.length() > properties.maxChars()) {
            text = text.substring(0, properties.maxChars());
        }
        return new PageText(url, pageTitle, text);
    }

    private static String decode(String s) {
        return s.replace("&nbsp;", " ")
                .replace("&amp;", "&")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'");
    }

    private static boolean isPrivate(String host) {
        try {
            for (InetAddress a : InetAddress.getAllByName(host)) {
                if (a.isLoopbackAddress()
                        || a.isSiteLocalAddress()
                        || a.isLinkLocalAddress()
                        || a.isAnyLocalAddress()
                        || a.isMulticastAddress()) {
                    return true;
                }
            }
            return false;
        } catch (UnknownHostException e) {
            return true;
        }
    }
}
