package org.roundtable.core.common;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.core.common.ActorCorrelationDataProvider.ACTOR_PARTNER;
import static org.roundtable.core.common.ActorCorrelationDataProvider.ACTOR_PERSON;

/** Whoever gives a command is carried onto the events it causes, as the actor's person and partner. */
class ActorCorrelationDataProviderTest {

    private record DoSomething(Actor actor) implements ActorCommand { }

    private final ActorCorrelationDataProvider provider = new ActorCorrelationDataProvider();

    @Test
    void a_command_given_by_someone_names_its_person_and_partner() {
        DoSomething command = new DoSomething(Actor.of("an.peeters", "youth-work"));

        Map<String, Object> data = Map.copyOf(provider.correlationDataFor(new GenericCommandMessage<>(command)));

        assertThat(data).isEqualTo(Map.of(ACTOR_PERSON, "an.peeters", ACTOR_PARTNER, "youth-work"));
    }

    @Test
    void a_message_that_names_no_actor_gives_nothing() {
        assertThat(provider.correlationDataFor(GenericEventMessage.asEventMessage("a session was scheduled"))).isEmpty();
    }
}
