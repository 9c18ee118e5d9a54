package org.roundtable.projections.audit;

import org.roundtable.core.cases.InformationEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The second rendering the audit trail keeps of an event about a source-protected item: the same sentence and
 * the same payload, with every mention of the owner (any text that is its partner code) replaced by
 * "a partner". Written once, when the event is recorded; a reader who may not know the source is given this
 * rendering, never the first one redacted on the way out.
 */
final class WithoutSource {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private WithoutSource() {
    }

    static String description(InformationEvent event) {
        return AuditDescriptions.describeWithoutSource(event);
    }

    static String payload(String payload, InformationEvent event) {
        JsonNode tree = JSON.readTree(payload);
        return JSON.writeValueAsString(replace(tree, event.owner().value()));
    }

    private static JsonNode replace(JsonNode node, String owner) {
        if (node.isString() && node.asString().equals(owner)) {
            return JSON.getNodeFactory().stringNode(AuditDescriptions.A_PARTNER);
        }
        if (node instanceof ObjectNode object) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(object.properties());
            fields.forEach(field -> object.set(field.getKey(), replace(field.getValue(), owner)));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, replace(array.get(i), owner));
            }
        }
        return node;
    }
}
