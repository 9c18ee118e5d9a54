package org.roundtable.service.config;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.roundtable.core.cases.Case;
import org.roundtable.core.common.ActorCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The domain's aggregate, the one clock everything reads "now" from, and what every event records of its cause. */
@Configuration(proxyBeanMethods = false)
class DomainConfiguration {

    /** The aggregate lives in core without Spring stereotypes; it is registered here. */
    @Bean
    ConfigurerModule caseAggregate() {
        return configurer -> configurer.configureAggregate(Case.class);
    }

    /** Due dates, case numbers and event timestamps all read this clock (Axon's event clock too). */
    @Bean
    Clock clock(RoundtableProperties properties) {
        Clock clock = Clock.system(properties.timeZone());
        GenericEventMessage.clock = clock;
        return clock;
    }

    /** Who caused each event: the acting person and partner of the command behind it. */
    @Bean
    CorrelationDataProvider actorCorrelation() {
        return new ActorCorrelationDataProvider();
    }

    /** Which message caused each event (causation) and which request it belongs to (correlation). */
    @Bean
    CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider();
    }
}
