package org.roundtable.core.cases;

import org.jspecify.annotations.Nullable;
import org.roundtable.core.common.PartnerId;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * An action as its case keeps it: who has it, where it stands, when it is due, the information it relies on, and
 * the consent it waits for per relied-on item of another partner. It is part of the case's snapshot, field by
 * field: a snapshot taken before a field existed reads it back as null, and the compact constructor fills it in
 * from what such a snapshot holds.
 *
 * @param completed kept beside {@code stage} for snapshots taken before the stage was kept
 */
record ActionItem(PartnerId assignee, boolean completed, Map<InformationId, Consent> consents,
                  @Nullable ActionStage stage, @Nullable LocalDate dueDate, @Nullable Set<InformationId> reliesOn,
                  boolean overdue) {

    /** The owner's answer to a request to rely on its information. */
    enum Consent { PENDING, GRANTED, REFUSED }

    ActionItem {
        consents = consents == null ? Map.of() : Map.copyOf(consents);
        stage = stage != null ? stage : completed ? ActionStage.COMPLETED : ActionStage.ASSIGNED;
        reliesOn = reliesOn != null ? Set.copyOf(reliesOn) : consents.keySet();
    }

    static ActionItem assigned(PartnerId assignee, LocalDate dueDate, Set<InformationId> reliesOn) {
        return new ActionItem(assignee, false, Map.of(), ActionStage.ASSIGNED, dueDate, reliesOn, false);
    }

    ActionItem at(ActionStage next) {
        return new ActionItem(assignee, next == ActionStage.COMPLETED, consents, next, dueDate, reliesOn, overdue);
    }

    ActionItem with(InformationId item, Consent consent) {
        Map<InformationId, Consent> changed = new HashMap<>(consents);
        changed.put(item, consent);
        return new ActionItem(assignee, completed, changed, stage, dueDate, reliesOn, overdue);
    }

    ActionItem reassignedTo(PartnerId partner) {
        return new ActionItem(partner, false, consents, ActionStage.ASSIGNED, dueDate, reliesOn, overdue);
    }

    ActionItem dueOn(LocalDate date) {
        return new ActionItem(assignee, completed, consents, stage, date, reliesOn, false);
    }

    ActionItem nowOverdue() {
        return new ActionItem(assignee, completed, consents, stage, dueDate, reliesOn, true);
    }
}
