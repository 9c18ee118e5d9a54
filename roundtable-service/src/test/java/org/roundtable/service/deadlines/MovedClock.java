package org.roundtable.service.deadlines;

import org.axonframework.eventhandling.GenericEventMessage;
import org.roundtable.service.config.RoundtableProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.Duration;

/**
 * The service's clock moved by {@code test.clock-offset} (for example {@code P2D}): made after the service's own
 * clock, it takes its place everywhere, Axon's event clock included.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MovedClock {

    @Bean
    @Primary
    @DependsOn("clock")
    Clock testClock(RoundtableProperties properties, @Value("${test.clock-offset:PT0S}") Duration offset) {
        Clock moved = Clock.offset(Clock.tick(Clock.system(properties.timeZone()), Duration.ofMillis(1)), offset);
        GenericEventMessage.clock = moved;
        return moved;
    }
}
