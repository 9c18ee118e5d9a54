/**
 * Safe retries: a command given with an {@code Idempotency-Key} header is carried out once per person and
 * key; repeating it answers the first answer again and writes nothing. Kept in the database, so it holds
 * across restarts and instances, for {@code roundtable.idempotency.retention}.
 */
package org.roundtable.service.idempotency;
