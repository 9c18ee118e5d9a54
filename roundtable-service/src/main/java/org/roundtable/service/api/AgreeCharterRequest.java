package org.roundtable.service.api;

import jakarta.validation.constraints.NotNull;

/** The version of the round table's charter a partner has agreed to. */
record AgreeCharterRequest(@NotNull String charterVersion) {
}
