/**
 * Failures that are nobody's fault but time's: the database out of reach, a lock held too long. They are
 * told apart here, once, so that every layer answers them the same way: 503, try again.
 */
package org.roundtable.service.faults;
