/** What the service asks of the database beside Axon: the next case number. */
package org.roundtable.service.storage;
