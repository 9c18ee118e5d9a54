package org.roundtable.service.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.roundtable.core.sessions.Session;

import java.util.List;

/** The entries of the proposed agenda the chair keeps, in the order it wants them (1 to 100). */
record AcceptAgendaRequest(@NotNull @Size(min = 1, max = Session.MAX_ITEMS) List<@NotNull @Valid AgendaItemRequest> entries) {
}
