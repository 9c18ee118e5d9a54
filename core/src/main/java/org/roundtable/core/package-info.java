/**
 * The round table's domain: cases, the information partners share about them and the actions they agree,
 * and the partners and people who take part, as commands, events and the aggregates that keep the rules. Nothing here depends on Spring; Axon's
 * annotations mark the handlers.
 */
package org.roundtable.core;
