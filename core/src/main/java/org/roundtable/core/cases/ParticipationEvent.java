package org.roundtable.core.cases;

/**
 * An event that changes which partners take part in a case, or which of them leads it. Need-to-know rests on
 * who takes part: a read model that follows participation handles every one of these, and a test walks the
 * projections and refuses one that knows some of them but not all, so that nobody keeps seeing a case it left
 * or misses one it joined.
 */
public sealed interface ParticipationEvent extends CaseEvent
        permits CaseOpened, ConcernSignposted, LeadChanged, ParticipantAdded, ParticipantRemoved {
}
