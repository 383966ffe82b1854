package com.fashionos.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fashionos.ui.support.UiIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The health endpoint over real HTTP, without signing in. */
@UiIntegrationTest
class HealthHttpTest {

    @LocalServerPort
    int port;

    @Test
    void health_is_public_and_shows_database_and_temporal() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                                .header("Accept", "application/json")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"status\":\"UP\"")
                .contains("\"db\":{\"status\":\"UP\"")
                .contains("\"temporal\":{\"status\":\"UP\"");
    }
}
