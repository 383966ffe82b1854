package com.fashionos.activities.ai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fashionos.workflows.draft.Channel;
import com.fashionos.workflows.draft.ComposeRequest;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class GeminiDraftModelTest {

    static final String PRO = "gemini-3-pro-preview";
    static final String PATH = "/v1beta/models/" + PRO + ":generateContent";

    final WireMockServer gemini = new WireMockServer(options().dynamicPort());
    GeminiDraftModel model;

    @BeforeEach
    void start() {
        gemini.start();
        model = new GeminiDraftModel(new AiProperties(
                new AiProperties.Gemini(
                        "test-gemini-key",
                        "http://localhost:" + gemini.port(),
                        "v1beta",
                        PRO,
                        "gemini-3-flash-preview",
                        4096,
                        Duration.ofSeconds(5)),
                2));
    }

    @AfterEach
    void stop() {
        gemini.stop();
    }

    static String response(String text) {
        var root = JsonMapper.shared().createObjectNode();
        var candidate = root.putArray("candidates").addObject();
        var content = candidate.putObject("content");
        content.put("role", "model");
        content.putArray("parts").addObject().put("text", text);
        candidate.put("finishReason", "STOP");
        candidate.put("index", 0);
        var usage = root.putObject("usageMetadata");
        usage.put("promptTokenCount", 812);
        usage.put("candidatesTokenCount", 240);
        usage.put("thoughtsTokenCount", 1024);
        usage.put("totalTokenCount", 2076);
        root.put("modelVersion", PRO);
        return JsonMapper.shared().writeValueAsString(root);
    }

    static final String GOOD = """
            {"channel":"EMAIL","subject":"Desert Noir × Lumière Skin","body":"Dear Camille,\\n\\nWith warm regards, \
            Maison Aurelle","language":"en","rationale":"Follows the first-message SOP",\
            "sources":["Sponsor Outreach SOP › First message","Invented › Source"]}""";

    static ComposeRequest request() {
        return new ComposeRequest(
                LocalDraftModelTest.context(true), LocalDraftModelTest.SOURCES, null, null, Channel.EMAIL);
    }

    @Test
    void a_draft_is_requested_with_schema_thinking_budget_and_key_and_its_tokens_are_counted() {
        gemini.stubFor(post(PATH)
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(response(GOOD))));

        ModelDraft d = model.compose(request());

        assertThat(d.provider()).isEqualTo("gemini");
        assertThat(d.model()).isEqualTo(PRO);
        assertThat(d.draft().subject()).isEqualTo("Desert Noir × Lumière Skin");
        assertThat(d.tokensIn()).isEqualTo(812);
        assertThat(d.tokensOut()).isEqualTo(240 + 1024);
        gemini.verify(
                1,
                postRequestedFor(urlEqualTo(PATH))
                        .withHeader("x-goog-api-key", equalTo("test-gemini-key"))
                        .withRequestBody(
                                matchingJsonPath("$.generationConfig.responseMimeType", equalTo("application/json")))
                        .withRequestBody(
                                matchingJsonPath("$.generationConfig.thinkingConfig.thinkingBudget", equalTo("4096")))
                        .withRequestBody(matchingJsonPath("$.generationConfig.responseSchema.type", equalTo("OBJECT")))
                        .withRequestBody(matchingJsonPath(
                                "$.generationConfig.responseSchema.properties.channel.enum[1]", equalTo("WHATSAPP")))
                        .withRequestBody(matchingJsonPath("$.generationConfig.responseSchema.required[?(@ == 'body')]"))
                        .withRequestBody(matchingJsonPath(
                                "$.generationConfig.responseSchema.properties.sources.type", equalTo("ARRAY")))
                        .withRequestBody(matchingJsonPath("$.systemInstruction.parts[0].text"))
                        .withRequestBody(matchingJsonPath("$.contents[0].parts[0].text")));
    }

    @Test
    void malformed_output_is_asked_for_again_and_a_valid_answer_is_used() {
        gemini.stubFor(post(PATH)
                .inScenario("m")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(response("{\"channel\": \"EMAIL\", \"body\": ")))
                .willSetStateTo("second"));
        gemini.stubFor(post(PATH)
                .inScenario("m")
                .whenScenarioStateIs("second")
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(response(GOOD))));

        assertThat(model.compose(request()).draft().channel()).isEqualTo("EMAIL");
        gemini.verify(2, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void output_still_malformed_after_the_retries_fails_for_good_as_malformed_model_output() {
        gemini.stubFor(post(PATH)
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(response(
                                "{\"channel\":\"EMAIL\",\"body\":\"Hi\",\"language\":\"en\",\"rationale\":\"r\","
                                        + "\"sources\":[]}"))));

        assertThatThrownBy(() -> model.compose(request()))
                .isInstanceOfSatisfying(ApplicationFailure.class, f -> {
                    assertThat(f.getType()).isEqualTo("MalformedModelOutput");
                    assertThat(f.isNonRetryable()).isTrue();
                })
                .hasMessageContaining("'subject' is required for EMAIL");
        gemini.verify(3, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void a_bad_key_is_refused_for_good_and_an_overload_is_retryable() {
        gemini.stubFor(post(PATH)
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody(
                                "{\"error\": {\"code\": 400, \"message\": \"API key not valid. Please pass a valid API key.\","
                                        + " \"status\": \"INVALID_ARGUMENT\"}}")));
        assertThatThrownBy(() -> model.compose(request())).isInstanceOfSatisfying(ApplicationFailure.class, f -> {
            assertThat(f.getType()).isEqualTo(ModelFailures.MODEL_REJECTED);
            assertThat(f.isNonRetryable()).isTrue();
        });

        gemini.resetAll();
        gemini.stubFor(post(PATH)
                .willReturn(aResponse()
                        .withStatus(503)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\": {\"code\": 503, \"message\": \"The model is overloaded.\","
                                + " \"status\": \"UNAVAILABLE\"}}")));
        assertThatThrownBy(() -> model.compose(request())).isInstanceOfSatisfying(ApplicationFailure.class, f -> {
            assertThat(f.getType()).isEqualTo(ModelFailures.MODEL_UNAVAILABLE);
            assertThat(f.isNonRetryable()).isFalse();
        });
        gemini.verify(1, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void the_guardian_judgement_uses_the_flash_model() {
        gemini.stubFor(post("/v1beta/models/gemini-3-flash-preview:generateContent")
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(response("{\"score\": 72, \"issues\": [\"Slightly eager closing\"]}"))));

        var judgement = model.judge("Maison DNA v2.1 of Maison Aurelle", DraftSchema.parse(GOOD));

        assertThat(judgement)
                .contains(
                        new ModelJudgement(72, java.util.List.of("Slightly eager closing"), "gemini-3-flash-preview"));
    }
}
