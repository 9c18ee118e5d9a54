/**
 * A session of the round table: scheduled by the chair, with its agenda of cases, the partners' attendance and
 * their agreement to keep what is said confidential, the notes taken per item, and the minutes that become final
 * when the chair closes it. {@link org.roundtable.core.sessions.Session} keeps every rule; each command and event
 * is a record of its own in this package.
 */
package org.roundtable.core.sessions;
