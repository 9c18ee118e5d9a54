package org.roundtable.service.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.roundtable.core.sessions.AgendaItemId;
import org.roundtable.core.sessions.Session;

import java.util.List;

/** Every item still on the agenda, each once, in the new order. */
record ReorderAgendaRequest(@NotNull @Size(min = 1, max = Session.MAX_ITEMS) List<@NotNull AgendaItemId> order) {
}
