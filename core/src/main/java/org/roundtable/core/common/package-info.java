/**
 * The few value types every feature uses: who acts ({@link org.roundtable.core.common.Actor}), partners and
 * persons, personal free text, and the domain's three kinds of refusal.
 */
package org.roundtable.core.common;
