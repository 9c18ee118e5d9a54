/**
 * The read models built from the event stream, one per sub-package: each has its projection (the event
 * handlers that keep its own tables), the queries it answers and the records it answers with. A read model
 * never reads another's tables, can be emptied and rebuilt by replay, and ignores an event it has already
 * applied. The service module declares the projections as beans and assigns their processing groups.
 */
package org.roundtable.projections;
