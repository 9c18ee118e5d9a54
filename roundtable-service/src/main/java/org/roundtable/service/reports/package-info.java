/**
 * Reports for the chair, read the same way by the API and the pages: the reciprocity report, from the
 * {@code reciprocity} read model and the access log, its own look recorded like every other.
 */
package org.roundtable.service.reports;
