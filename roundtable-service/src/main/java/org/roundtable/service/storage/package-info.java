/**
 * What the service asks of the database beside Axon: the next case number, and whether the read models
 * have caught up with a case's latest event (so a client reads what it has just written).
 */
package org.roundtable.service.storage;
