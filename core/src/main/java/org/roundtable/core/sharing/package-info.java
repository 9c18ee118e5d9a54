/** The information-sharing rules: sharing levels (Traffic Light Protocol 2.0) and, later, consent. */
package org.roundtable.core.sharing;
