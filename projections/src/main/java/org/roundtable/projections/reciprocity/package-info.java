/**
 * Reciprocity ("avoid participants who only take but never give"): per partner and period, the items it
 * shared, the actions it took on and those it completed. The chair asks it with
 * {@link org.roundtable.projections.reciprocity.FindReciprocity}; the service adds what each partner read,
 * from the access log. It holds no personal data.
 */
package org.roundtable.projections.reciprocity;
