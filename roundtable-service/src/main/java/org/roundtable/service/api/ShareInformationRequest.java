package org.roundtable.service.api;

import org.jspecify.annotations.Nullable;
import jakarta.validation.constraints.NotNull;
import org.roundtable.core.common.PersonalText;
import org.roundtable.core.sharing.SharingLevel;

/** Information a partner brings to the table, how far it may travel, and whether to hide who brought it. */
record ShareInformationRequest(@NotNull PersonalText content,
                               @NotNull SharingLevel level,
                               @Nullable Boolean sourceProtected) {

    boolean protectSource() {
        return Boolean.TRUE.equals(sourceProtected);
    }
}
