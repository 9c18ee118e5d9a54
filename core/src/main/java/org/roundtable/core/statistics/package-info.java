/**
 * Disclosure control for the round table's statistics, once: a {@link org.roundtable.core.statistics.CountTable}
 * of counts with its totals goes in, a {@link org.roundtable.core.statistics.SuppressedTable} comes out, in which
 * every count below five is hidden ("&lt;5") and, where needed, further counts are hidden too, so that no hidden
 * count can be worked out from what is shown. {@link org.roundtable.core.statistics.Suppression} decides;
 * {@link org.roundtable.core.statistics.Auditor} checks.
 */
package org.roundtable.core.statistics;
