package org.roundtable.service.deadlines;

import org.axonframework.deadline.dbscheduler.DbSchedulerHumanReadableDeadlineDetails;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** A deadline's details are kept as JSON a person can read, and read back whole. */
class ReadableTaskDataTest {

    private final ReadableTaskData data = new ReadableTaskData();

    @Test
    void a_deadlines_details_are_readable_json_and_read_back_whole() {
        DbSchedulerHumanReadableDeadlineDetails details = new DbSchedulerHumanReadableDeadlineDetails(
                "action-overdue:4b0c", "{\"type\":\"Case\",\"identifier\":\"42\"}",
                "org.axonframework.modelling.command.AggregateScopeDescriptor",
                "{\"actionId\":\"4b0c\",\"dueDate\":\"2026-03-17\"}", "org.roundtable.core.cases.ActionDue", null,
                "{}");

        byte[] written = data.serialize(details);

        assertThat(new String(written, StandardCharsets.UTF_8)).contains("\"payload\"", "action-overdue:4b0c",
                "org.roundtable.core.cases.ActionDue");
        DbSchedulerHumanReadableDeadlineDetails read = data.deserialize(DbSchedulerHumanReadableDeadlineDetails.class, written);
        assertThat(read).usingRecursiveComparison().isEqualTo(details);
        assertThat(read.getPayloadClass()).isEqualTo("org.roundtable.core.cases.ActionDue");
        assertThat(read.getScopeDescriptorClass()).isEqualTo("org.axonframework.modelling.command.AggregateScopeDescriptor");
    }
}
