package org.roundtable.service.api;

import jakarta.validation.constraints.Size;
import org.roundtable.core.common.PersonalText;

/** Why the owner withdraws its information; optional. */
record WithdrawInformationRequest(@Size(max = PersonalText.MAX_LENGTH) String reason) {
}
