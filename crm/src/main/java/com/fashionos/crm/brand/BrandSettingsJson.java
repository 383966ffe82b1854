package com.fashionos.crm.brand;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link BrandSettings} to and from the {@code brands.settings} JSON. A missing key reads as its default (older rows,
 * hand-edited rows); an explicit {@code "draftTriggerStage": null} means "no automatic draft".
 */
final class BrandSettingsJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BrandSettingsJson() {}

    static String write(BrandSettings settings) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("draftTriggerStage", settings.draftTriggerStage());
        map.put("draftExpiryDays", settings.draftExpiryDays());
        map.put("stageGates", settings.stageGates());
        return JSON.writeValueAsString(map);
    }

    static BrandSettings read(String json) {
        JsonNode root = JSON.readTree(json);
        String trigger = root.has("draftTriggerStage")
                ? (root.get("draftTriggerStage").isNull()
                        ? null
                        : root.get("draftTriggerStage").asString())
                : BrandSettings.DEFAULT_DRAFT_TRIGGER_STAGE;
        int expiry = root.has("draftExpiryDays")
                ? root.get("draftExpiryDays").asInt()
                : BrandSettings.DEFAULT_DRAFT_EXPIRY_DAYS;
        Map<String, List<String>> gates;
        if (root.has("stageGates") && root.get("stageGates").isObject()) {
            gates = new LinkedHashMap<>();
            for (var entry : root.get("stageGates").properties()) {
                List<String> fields = new ArrayList<>();
                entry.getValue().values().forEach(f -> fields.add(f.asString()));
                gates.put(entry.getKey(), fields);
            }
        } else {
            gates = BrandSettings.defaultStageGates();
        }
        return new BrandSettings(trigger, expiry, gates);
    }
}
