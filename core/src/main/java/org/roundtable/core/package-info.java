/**
 * The round table's domain: cases, the information partners share about them and the actions they agree,
 * as commands, events and the aggregate that keeps the rules. Nothing here depends on Spring; Axon's
 * annotations mark the handlers.
 */
package org.roundtable.core;
