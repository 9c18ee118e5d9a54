/**
 * What the read-model tests share: a fresh migrated H2 database per test, one case's story as recorded
 * events with their sequence numbers, times and actors, and a harness that drives all read models through
 * Axon as the service does.
 */
package org.roundtable.projections.testing;
