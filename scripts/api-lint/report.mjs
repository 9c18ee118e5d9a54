// Prints the JSON report of `redocly lint --format json` as one plain line per
// problem, located by JSON pointer (the served document is a single line of
// JSON, so line:column positions say little), then a one-line summary.
//
// usage: node report.mjs REPORT_JSON DOCUMENT
// exit:  0 when the report has no errors, 1 when it has, 3 when it cannot be read.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const [reportPath, documentName] = process.argv.slice(2);

let report;
try {
  report = JSON.parse(readFileSync(reportPath, 'utf8'));
} catch {
  process.exit(3);
}
if (!report || !report.totals || !Array.isArray(report.problems)) {
  process.exit(3);
}

const severityOrder = { error: 0, warn: 1 };
const label = { error: 'error', warn: 'warning' };

// Errors first, then warnings; by rule; in document order within a rule.
const problems = report.problems
  .map((problem, index) => ({ problem, index }))
  .sort((a, b) =>
    (severityOrder[a.problem.severity] ?? 2) - (severityOrder[b.problem.severity] ?? 2) ||
    a.problem.ruleId.localeCompare(b.problem.ruleId) ||
    a.index - b.index)
  .map(({ problem }) => problem);

const where = (problem) => {
  const location = (problem.location || [])[0];
  if (!location) return '';
  const ref = location.source && location.source.ref;
  const pointer = location.pointer || '';
  // Name the file only when the problem is in another file than the document.
  const mainDocument = ref && documentName && resolve(ref) === resolve(documentName);
  return ref && !mainDocument ? `${ref}${pointer}` : pointer;
};

const ruleWidth = Math.max(0, ...problems.map((p) => p.ruleId.length));
const whereWidth = Math.max(0, ...problems.map((p) => where(p).length));
for (const problem of problems) {
  console.log(
    `  ${(label[problem.severity] || problem.severity).padEnd(8)} ` +
    `${problem.ruleId.padEnd(ruleWidth)}  ${where(problem).padEnd(whereWidth)}  ${problem.message}`);
}

const tally = (severity) => {
  const counts = new Map();
  for (const problem of problems) {
    if (problem.severity === severity) counts.set(problem.ruleId, (counts.get(problem.ruleId) || 0) + 1);
  }
  return counts.size ? ` (${[...counts].map(([rule, n]) => `${rule} ${n}`).join(', ')})` : '';
};

const { errors, warnings } = report.totals;
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
console.log(
  `API lint ${errors > 0 ? 'FAILED' : 'passed'}: ${documentName}: ` +
  `${plural(errors, 'error')}${tally('error')}, ${plural(warnings, 'warning')}${tally('warn')}` +
  ` [Redocly CLI ${report.version || '?'}, recommended rules]`);

process.exit(errors > 0 ? 1 : 0);
