package org.roundtable.service.deadlines;

import com.github.kagkarlsson.scheduler.serializer.Serializer;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a deadline's details into {@code scheduled_tasks.task_data} as JSON (which deadline, for which
 * aggregate, with which payload and metadata, each as Axon serialized it), instead of db-scheduler's default
 * Java serialization, so that an operator can read what is waiting. Axon's details class names its properties
 * itself; the mapper only reads and writes them.
 */
final class ReadableTaskData implements Serializer {

    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Override
    public byte[] serialize(Object data) {
        return json.writeValueAsBytes(data);
    }

    @Override
    public <T> T deserialize(Class<T> type, byte[] serialized) {
        return json.readValue(serialized, type);
    }
}
