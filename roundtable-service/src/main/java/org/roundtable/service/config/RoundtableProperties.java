package org.roundtable.service.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.ZoneId;

/**
 * The service's own settings, under {@code roundtable.*}.
 *
 * @param timeZone        the round table's time zone: "today" for due dates, the year in case numbers
 * @param demoData        whether to raise a few made-up cases into an empty store at start-up
 * @param eventStore      event store settings
 * @param readYourWrites  how long a command's answer waits for the read models to show it
 */
@ConfigurationProperties("roundtable")
public record RoundtableProperties(@DefaultValue("Europe/Brussels") ZoneId timeZone,
                                   @DefaultValue("false") boolean demoData,
                                   @DefaultValue EventStore eventStore,
                                   @DefaultValue ReadYourWrites readYourWrites) {

    /** @param gapTimeout how long a processor waits for an index reserved by a transaction still running */
    public record EventStore(@DefaultValue("120s") Duration gapTimeout) { }

    /** @param timeout the longest a command's answer waits for the read models before answering anyway */
    public record ReadYourWrites(@DefaultValue("10s") Duration timeout) { }
}
