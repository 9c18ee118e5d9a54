/**
 * The REST API: one controller per resource (cases, their information, their actions), request records
 * validated with Bean Validation, and {@link org.roundtable.service.api.ProblemHandling}, which answers every
 * refusal with an RFC 9457 problem document. Controllers translate; the aggregate decides.
 */
package org.roundtable.service.api;
