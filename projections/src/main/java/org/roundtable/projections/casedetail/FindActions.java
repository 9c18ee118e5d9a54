package org.roundtable.projections.casedetail;

import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.sharing.Reader;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Asks for the actions the reader may see, across every case whose file they may see, by due date (the earliest
 * first). Each filter left null lets everything through: the partner an action is assigned to, its case, its
 * status, whether it is overdue, a day it is due before, and a moment before which completed actions are left
 * out. An action is overdue when it is still open (assigned or accepted) and either its deadline recorded it overdue
 * or its due date is before {@code today} (in the service's time zone).
 */
public record FindActions(Reader reader, LocalDate today, @Nullable PartnerId assignee, @Nullable CaseId caseId,
                          @Nullable ActionStatus status, @Nullable Boolean overdue, @Nullable LocalDate dueBefore,
                          @Nullable Instant completedSince) {

    public FindActions {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(today, "today");
    }

    /** Every action the reader may see. */
    public static FindActions all(Reader reader, LocalDate today) {
        return new FindActions(reader, today, null, null, null, null, null, null);
    }

    public FindActions assignedTo(@Nullable PartnerId partner) {
        return new FindActions(reader, today, partner, caseId, status, overdue, dueBefore, completedSince);
    }

    public FindActions inCase(@Nullable CaseId id) {
        return new FindActions(reader, today, assignee, id, status, overdue, dueBefore, completedSince);
    }

    public FindActions withStatus(@Nullable ActionStatus wanted) {
        return new FindActions(reader, today, assignee, caseId, wanted, overdue, dueBefore, completedSince);
    }

    /** Only the overdue actions (true), only those that are not (false), or both (null). */
    public FindActions overdue(@Nullable Boolean wanted) {
        return new FindActions(reader, today, assignee, caseId, status, wanted, dueBefore, completedSince);
    }

    /** Only the actions due before this day. */
    public FindActions dueBefore(@Nullable LocalDate day) {
        return new FindActions(reader, today, assignee, caseId, status, overdue, day, completedSince);
    }

    /** Leaves out the actions completed before this moment; open ones stay. */
    public FindActions completedSince(@Nullable Instant moment) {
        return new FindActions(reader, today, assignee, caseId, status, overdue, dueBefore, moment);
    }
}
