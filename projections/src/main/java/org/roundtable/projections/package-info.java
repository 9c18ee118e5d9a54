/**
 * The read models built from the event stream, one per sub-package: each has its projection (the event
 * handlers that keep its own tables), the queries it answers and the records it answers with, and makes
 * itself known as a {@link org.roundtable.projections.ReadModel} (name, consistency, tables). A read model
 * never reads another's tables, can be emptied and rebuilt by replay, and ignores an event it has already
 * applied. The service registers each {@code ReadModel} once; processors, dead letters, rebuilds and their
 * tests follow from that registration.
 */
package org.roundtable.projections;
