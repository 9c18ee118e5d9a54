package org.roundtable.service.api;

import jakarta.validation.constraints.NotNull;
import org.roundtable.core.common.PersonId;

/** The person who is to represent a partner at the table, by user name. */
record AddRepresentativeRequest(@NotNull PersonId person) {
}
