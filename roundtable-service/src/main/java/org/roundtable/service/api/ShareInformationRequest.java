package org.roundtable.service.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.roundtable.core.common.PersonalText;
import org.roundtable.core.sharing.SharingLevel;

/** Information a partner brings to the table, how far it may travel, and whether to hide who brought it. */
record ShareInformationRequest(@NotBlank @Size(max = PersonalText.MAX_LENGTH) String content,
                               @NotNull SharingLevel level,
                               Boolean sourceProtected) {

    boolean protectSource() {
        return Boolean.TRUE.equals(sourceProtected);
    }
}
