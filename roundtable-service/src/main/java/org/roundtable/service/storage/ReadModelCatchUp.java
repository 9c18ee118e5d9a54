package org.roundtable.service.storage;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.roundtable.core.cases.CaseId;
import org.roundtable.service.config.RoundtableProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;

/**
 * Waits until every read model has processed a case's latest event, so that a client reading after its
 * own write sees it. It reads the processors' committed tokens from the token table (written in the same
 * transaction as the read model), so it holds across several instances of the service. Only the segment
 * that handles the case matters: a case's events all go to one segment.
 */
@Component
public class ReadModelCatchUp {

    private static final Logger log = LoggerFactory.getLogger(ReadModelCatchUp.class);

    private final JdbcClient jdbc;
    private final Serializer serializer;
    private final EventProcessingConfiguration processing;
    private final Duration timeout;

    ReadModelCatchUp(JdbcClient jdbc, @Qualifier("serializer") Serializer serializer,
                     EventProcessingConfiguration processing, RoundtableProperties properties) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.processing = processing;
        this.timeout = properties.readYourWrites().timeout();
    }

    /** Returns true when every read model shows the case's latest event, false if the wait timed out. */
    public boolean awaitCase(CaseId caseId) {
        Optional<Long> position = jdbc.sql("select max(global_index) from domain_event_entry where aggregate_identifier = :id")
                .param("id", caseId.toString())
                .query(Long.class)
                .optional();
        if (position.isEmpty()) {
            return true;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = Duration.ofMillis(1).toNanos();
        for (String processor : streamingProcessors()) {
            while (!hasProcessed(processor, caseId, position.get())) {
                if (System.nanoTime() > deadline) {
                    log.warn("read model {} did not show case {} at position {} within {}",
                            processor, caseId, position.get(), timeout);
                    return false;
                }
                LockSupport.parkNanos(pause);
                pause = Math.min(pause * 2, Duration.ofMillis(10).toNanos());
            }
        }
        return true;
    }

    private List<String> streamingProcessors() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(p -> p.getName())
                .sorted()
                .toList();
    }

    private boolean hasProcessed(String processor, CaseId caseId, long index) {
        List<StoredToken> tokens = jdbc.sql("select segment, token, token_type from token_entry where processor_name = :name")
                .param("name", processor)
                .query((rs, row) -> new StoredToken(rs.getInt("segment"), rs.getBytes("token"), rs.getString("token_type")))
                .list();
        if (tokens.isEmpty()) {
            return false;
        }
        int[] ids = tokens.stream().mapToInt(StoredToken::segment).toArray();
        for (Segment segment : Segment.computeSegments(ids)) {
            if (segment.matches(caseId.toString())) {
                return tokens.stream()
                        .filter(t -> t.segment() == segment.getSegmentId())
                        .findFirst()
                        .map(this::deserialize)
                        .map(token -> hasProcessed(token, index))
                        .orElse(false);
            }
        }
        return false;
    }

    /**
     * Whether a processor at this token has handled the event at this index: it has read past it, and the
     * index is not one of the gaps it still waits for. (Axon's {@code covers} would also demand that every
     * older gap be closed, and a rolled-back append leaves a gap that never closes.)
     */
    static boolean hasProcessed(TrackingToken token, long index) {
        if (token == null) {
            return false;
        }
        TrackingToken position = WrappedToken.unwrapLowerBound(token);
        if (position instanceof GapAwareTrackingToken gapAware) {
            return gapAware.getIndex() >= index && !gapAware.getGaps().contains(index);
        }
        return position != null && position.position().orElse(-1) >= index;
    }

    private TrackingToken deserialize(StoredToken stored) {
        if (stored.token() == null || stored.type() == null) {
            return null;
        }
        return serializer.deserialize(new SimpleSerializedObject<>(stored.token(), byte[].class, stored.type(), null));
    }

    private record StoredToken(int segment, byte[] token, String type) { }
}
