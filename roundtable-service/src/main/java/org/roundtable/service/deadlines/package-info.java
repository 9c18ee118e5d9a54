/**
 * Deadlines kept in the database: Axon's deadline manager on db-scheduler, so that a deadline an aggregate
 * schedules (an action's due date passing) survives a restart and is met exactly once by one of the instances
 * that share the database.
 */
package org.roundtable.service.deadlines;
