/**
 * Running the read models: their registration from {@link org.roundtable.projections.ReadModel} beans, the
 * savepoint each handler runs in, the events they failed on (parked, counted in health and metrics, retried
 * with back-off), their rebuild from the event store, and the gate that holds commands back meanwhile.
 */
package org.roundtable.service.readmodels;
