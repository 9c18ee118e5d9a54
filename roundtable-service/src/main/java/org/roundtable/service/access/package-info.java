/**
 * The access log, in the manner of the Dutch <em>Logboek Dataverwerkingen</em>: every look at a case, its
 * items, its audit trail or its disclosures leaves a record (who, for which partner, with which roles, what,
 * when, for what purpose, and whether it was refused), written and committed before the data is returned.
 * It is a primary record, not a read model: nothing rebuilds or empties it.
 */
package org.roundtable.service.access;
