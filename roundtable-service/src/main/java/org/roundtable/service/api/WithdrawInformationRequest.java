package org.roundtable.service.api;

import org.roundtable.core.common.PersonalText;

/** Why the owner withdraws its information; optional. */
record WithdrawInformationRequest(PersonalText reason) {
}
