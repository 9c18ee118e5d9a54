package org.roundtable.service.config;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.junit.jupiter.api.Test;
import org.roundtable.core.cases.ActionId;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.sessions.ActionCarriedForward;
import org.roundtable.core.sessions.AgendaItemId;
import org.roundtable.core.sessions.CarryForwardReason;
import org.roundtable.core.sessions.SessionClosed;
import org.roundtable.core.sessions.SessionId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session closed before actions were carried forward stays readable: closing still writes {@code SessionClosed}
 * in the stored form it always had, and each action carried forward is an event of its own before it, so an old
 * stored closing reads back unchanged, and the new event reads back whole.
 */
@SpringBootTest
@ActiveProfiles("test")
class EventsStoredBeforeCarryingForwardTest {

    private static final String SESSION = "00000000-0000-4000-8000-00000000005e";

    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    @Test
    void a_session_closed_before_actions_were_carried_forward_reads_as_the_same_closing() {
        SessionClosed read = eventSerializer.deserialize(stored(SessionClosed.class, """
                {"sessionId": "%s"}""".formatted(SESSION)));

        assertThat(read).isEqualTo(new SessionClosed(SessionId.of(SESSION)));
    }

    @Test
    void an_action_carried_forward_reads_back_as_it_was_written() {
        ActionCarriedForward written = new ActionCarriedForward(SessionId.of(SESSION),
                AgendaItemId.of("00000000-0000-4000-8000-0000000000a1"), CaseId.of("00000000-0000-4000-8000-000000000042"),
                ActionId.of("00000000-0000-4000-8000-0000000000c1"), CarryForwardReason.CIRCUMSTANCES_CHANGED);

        SerializedObject<byte[]> stored = eventSerializer.serialize(written, byte[].class);

        assertThat(new String(stored.getData(), StandardCharsets.UTF_8)).contains("\"reason\":\"CIRCUMSTANCES_CHANGED\"");
        assertThat((Object) eventSerializer.deserialize(stored)).isEqualTo(written);
    }

    private static SerializedObject<byte[]> stored(Class<?> type, String json) {
        return new SimpleSerializedObject<>(json.getBytes(StandardCharsets.UTF_8), byte[].class,
                new SimpleSerializedType(type.getName(), null));
    }
}
