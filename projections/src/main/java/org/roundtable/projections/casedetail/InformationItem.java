package org.roundtable.projections.casedetail;

import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.InformationId;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;
import org.roundtable.core.sharing.SharingLevel;

import java.time.Instant;

/**
 * A piece of information on the case's table: its owner, content and sharing level, and whether the owner
 * asked not to be named to other readers. The owner and the person who shared it are null for a reader who
 * may not know a protected source: to them it comes from "a partner".
 */
public record InformationItem(InformationId informationId, @Nullable PartnerId owner, @Nullable String content, SharingLevel level,
                              boolean sourceProtected, Instant sharedAt, @Nullable PersonId sharedBy) {
}
