package org.roundtable.service.readmodels;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.roundtable.projections.ReadModel;
import org.roundtable.service.support.Api;
import org.roundtable.service.support.Tables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.roundtable.service.support.Stories.aReviewAfterClosingRecorded;
import static org.roundtable.service.support.Stories.everyKindOfEvent;

/**
 * Every registered read model, emptied and rebuilt from the event store, holds exactly the rows it held
 * when it was built live, command by command. A new read model is covered as soon as it is registered. A
 * lagging one is compared once its processor has caught up with the store, live and after the rebuild.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReadModelRebuildTest {

    @LocalServerPort
    int port;
    @Autowired
    List<ReadModel> readModels;
    @Autowired
    ReadModelRebuild rebuild;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore eventStore;

    @TestFactory
    Stream<DynamicTest> every_read_model_rebuilt_from_zero_holds_what_it_held_when_built_live() {
        everyKindOfEvent(new Api(port));
        aReviewAfterClosingRecorded(new Api(port), eventStore);
        return readModels.stream().map(model -> DynamicTest.dynamicTest(model.name(), () -> {
            awaitCaughtUp(model);
            Map<String, List<String>> live = Tables.dump(jdbc, model.tables());
            assertThat(live.values()).as("the story fills every table of " + model.name()).allSatisfy(rows ->
                    assertThat(rows).isNotEmpty());
            model.tables().forEach(table -> jdbc.sql("delete from " + table).update());

            long replayed = rebuild.rebuild(model.name());

            if (model.consistency() == ReadModel.Consistency.LAGGING) {
                assertThat(replayed).as("a lagging read model replays in the background").isEqualTo(-1);
                awaitCaughtUp(model);
            } else {
                assertThat(replayed).isPositive();
            }
            assertThat(Tables.dump(jdbc, model.tables())).isEqualTo(live);
        }));
    }

    /** Until every segment of a lagging read model's processor has handled every event in the store. */
    private void awaitCaughtUp(ReadModel model) {
        if (model.consistency() != ReadModel.Consistency.LAGGING) {
            return;
        }
        StreamingEventProcessor processor = processing.eventProcessor(model.name(), StreamingEventProcessor.class)
                .orElseThrow();
        TrackingToken head = eventStore.createHeadToken();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            int segments = processing.tokenStore(model.name()).fetchSegments(model.name()).length;
            Map<Integer, EventTrackerStatus> status = processor.processingStatus();
            return segments > 0 && status.size() == segments && status.values().stream().allMatch(segment ->
                    segment.getTrackingToken() != null && segment.getTrackingToken().covers(head));
        });
    }
}
