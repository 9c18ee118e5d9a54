/**
 * A case, from the concern a partner raises, through screening, to the information shared and the
 * actions agreed, until it is closed (and perhaps reopened). {@link org.roundtable.core.cases.Case} keeps
 * every rule; each command and event is a record of its own in this package.
 */
package org.roundtable.core.cases;
