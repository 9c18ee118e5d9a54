/**
 * The audit trail: every event of a case, in order, with who did it, when, a description a person can read,
 * the correlation id of the request that caused it and the event itself as JSON. Withdrawn information
 * stays here. Ask it with {@link org.roundtable.projections.audit.FindAuditTrail}; it answers with a list of
 * {@link org.roundtable.projections.audit.AuditEntry}. Descriptions never carry personal data; the payload
 * does, as the event store does.
 */
package org.roundtable.projections.audit;
