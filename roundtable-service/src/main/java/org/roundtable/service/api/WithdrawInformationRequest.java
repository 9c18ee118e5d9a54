package org.roundtable.service.api;

import org.jspecify.annotations.Nullable;
import org.roundtable.core.common.PersonalText;

/** Why the owner withdraws its information; optional. */
record WithdrawInformationRequest(@Nullable PersonalText reason) {
}
