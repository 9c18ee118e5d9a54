/**
 * The round table's statistics, for policy members and the chair: per month (UTC) and concern category, how
 * many concerns were raised, cases opened, concerns referred and dismissed, and cases closed. Ask it with
 * {@link org.roundtable.projections.statistics.FindStatistics}; it answers with
 * {@link org.roundtable.projections.statistics.Statistics}, each table suppressed by
 * {@link org.roundtable.core.statistics.Suppression} so that no count below five is shown or can be worked out.
 * A lagging read model: it catches up soon after each command. It holds no personal data.
 */
package org.roundtable.projections.statistics;
