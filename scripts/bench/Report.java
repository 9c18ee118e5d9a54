/*
 * Turns the raw result lines of a benchmark suite (JSON lines from LoadGenerator.java and pgbench-append.sh,
 * tagged by run.sh with rev, db and run) into the markdown tables of the report. JDK only:
 *
 *   java scripts/bench/Report.java results.jsonl
 *
 * Every number in a table is the median over the K runs of that measurement (each statistic separately:
 * the median of the K throughputs, the median of the K p50s, ...), because the machines are noisy. Error and
 * stale-read counts are sums over the runs, so none is hidden.
 */

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

public class Report {

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java Report.java results.jsonl");
            System.exit(2);
        }
        List<Map<String, Object>> lines = new ArrayList<>();
        for (String text : Files.readAllLines(Path.of(args[0]))) {
            if (!text.isBlank()) {
                lines.add(Json.object(text));
            }
        }
        System.out.print(new Report(lines).render());
    }

    final List<Map<String, Object>> lines;
    final List<String> revs = new ArrayList<>();   // in the order the suite ran them: the first is the baseline
    final StringBuilder out = new StringBuilder();

    Report(List<Map<String, Object>> lines) {
        this.lines = lines;
        Set<String> seen = new LinkedHashSet<>();
        for (Map<String, Object> l : lines) {
            if (l.get("rev") != null && !"pgbench".equals(l.get("kind"))) {
                seen.add(str(l, "rev"));
            }
        }
        revs.addAll(seen);
    }

    String render() {
        Set<String> dbs = new LinkedHashSet<>();
        for (Map<String, Object> l : lines) {
            if (l.get("db") != null) {
                dbs.add(str(l, "db"));
            }
        }
        for (String db : dbs) {
            throughputTable(db);
            readAfterWriteTable(db);
            bigCaseTable(db);
        }
        failures();
        return out.toString();
    }

    // ---- throughput: raise and share at each client count, revisions side by side, pgbench beside them -------

    void throughputTable(String db) {
        boolean pg = lines.stream().anyMatch(l -> "pgbench".equals(l.get("kind")) && db.equals(l.get("db")));
        out.append("\n## ").append(db).append(": commands per second and latency\n\n");
        if (pg) {
            Map<String, Object> any = lines.stream().filter(l -> "pgbench".equals(l.get("kind"))).findFirst().orElseThrow();
            String from = str(any, "table_from");
            out.append(String.format(Locale.ROOT, "pgbench appends one event row per transaction to the event table of %s"
                            + " (payload %s B, meta_data %s B), with the service stopped.%n%n",
                    from.isEmpty() ? "the event-store migration" : from + "'s migration", fmt(any.get("payload_len")),
                    fmt(any.get("meta_len"))));
        }
        List<String> head = new ArrayList<>(List.of("scenario", "clients"));
        for (String rev : revs) {
            head.addAll(List.of(rev + " cmd/s", rev + " p50 ms", rev + " p99 ms", rev + " errors"));
        }
        if (pg) {
            head.add("pgbench tx/s");
            for (String rev : revs) {
                head.add(rev + " / pgbench");
            }
        }
        for (int i = 1; i < revs.size(); i++) {
            head.add(revs.get(i) + " / " + revs.get(0) + " cmd/s");
            head.add(revs.get(i) + " / " + revs.get(0) + " p50");
        }
        List<List<String>> rows = new ArrayList<>();
        for (String scenario : List.of("raise", "share")) {
            for (int clients : clientCounts(db, scenario)) {
                List<String> row = new ArrayList<>(List.of(scenario, Integer.toString(clients)));
                Map<String, Double> tput = new LinkedHashMap<>();
                Map<String, Double> p50 = new LinkedHashMap<>();
                for (String rev : revs) {
                    List<Map<String, Object>> runs = runs(l -> db.equals(l.get("db")) && rev.equals(l.get("rev"))
                            && scenario.equals(l.get("scenario")) && num(l, "clients") == clients);
                    tput.put(rev, median(runs, "throughput_per_s"));
                    p50.put(rev, median(runs, "p50_ms"));
                    row.addAll(List.of(fmt(tput.get(rev)), fmt(p50.get(rev)), fmt(median(runs, "p99_ms")), errors(runs)));
                }
                if (pg) {
                    Double tps = median(runs(l -> "pgbench".equals(l.get("kind")) && db.equals(l.get("db"))
                            && num(l, "clients") == clients), "tps");
                    row.add(fmt(tps));
                    for (String rev : revs) {
                        row.add(ratio(tput.get(rev), tps, 3));
                    }
                }
                for (int i = 1; i < revs.size(); i++) {
                    row.add(ratio(tput.get(revs.get(i)), tput.get(revs.get(0)), 2));
                    row.add(ratio(p50.get(revs.get(i)), p50.get(revs.get(0)), 2));
                }
                rows.add(row);
            }
        }
        table(head, rows);
        if (pg) {
            // pgbench at client counts no scenario ran (possible when given explicitly) still belongs in the report.
            Set<Integer> extra = new TreeSet<>();
            for (Map<String, Object> l : lines) {
                if ("pgbench".equals(l.get("kind")) && db.equals(l.get("db"))) {
                    extra.add((int) num(l, "clients"));
                }
            }
            extra.removeAll(clientCounts(db, "raise"));
            for (int c : extra) {
                Double tps = median(runs(l -> "pgbench".equals(l.get("kind")) && num(l, "clients") == c), "tps");
                out.append(String.format(Locale.ROOT, "%npgbench at %d clients: %s tx/s%n", c, fmt(tps)));
            }
        }
    }

    // ---- read-after-write: the pair, the read alone, and the reads that did not show the write ----------------

    void readAfterWriteTable(String db) {
        List<String> scenarios = List.of("read-after-write", "read-after-write-raise");
        if (lines.stream().noneMatch(l -> db.equals(l.get("db")) && scenarios.contains(l.get("scenario")))) {
            return;
        }
        out.append("\n### ").append(db).append(": read after write (a write, then at once a read of the case")
                .append(" from the next instance)\n\n");
        List<String> head = List.of("revision", "write", "instances", "clients", "pairs/s", "pair p50 ms", "pair p99 ms",
                "read p50 ms", "read p99 ms", "STALE READS / reads", "stale shown after (max ms)", "errors");
        List<List<String>> rows = new ArrayList<>();
        long staleTotal = 0;
        for (String rev : revs) {
            for (String scenario : scenarios) {
                for (int clients : clientCounts(db, scenario)) {
                    Set<Integer> instanceCounts = new TreeSet<>();
                    lines.stream().filter(l -> db.equals(l.get("db")) && rev.equals(l.get("rev")) && scenario.equals(l.get("scenario")))
                            .forEach(l -> instanceCounts.add((int) num(l, "instances")));
                    for (int instances : instanceCounts) {
                        List<Map<String, Object>> runs = runs(l -> db.equals(l.get("db")) && rev.equals(l.get("rev"))
                                && scenario.equals(l.get("scenario")) && num(l, "clients") == clients
                                && num(l, "instances") == instances);
                        if (runs.isEmpty()) {
                            continue;
                        }
                        long stale = sum(runs, "stale_reads");
                        staleTotal += stale;
                        Double lagMax = max(runs, "stale_lag_max_ms");
                        long never = sum(runs, "never_visible");
                        rows.add(List.of(rev, scenario.endsWith("-raise") ? "raise" : "share", Integer.toString(instances),
                                Integer.toString(clients), fmt(median(runs, "throughput_per_s")), fmt(median(runs, "p50_ms")),
                                fmt(median(runs, "p99_ms")), fmt(median(runs, "read_p50_ms")), fmt(median(runs, "read_p99_ms")),
                                (stale > 0 ? "**" + stale + "**" : "0") + " / " + sum(runs, "reads"),
                                stale == 0 ? "-" : fmt(lagMax) + (never > 0 ? ", **" + never + " never**" : ""),
                                errors(runs)));
                    }
                }
            }
        }
        table(head, rows);
        out.append(staleTotal == 0 ? "\nNo stale read: every read showed the write it followed.\n"
                : "\n**" + staleTotal + " stale read(s)**: a read right after a write did not show it.\n");
    }

    // ---- big case: shares in a case of 1000 events against shares in fresh cases --------------------------------

    void bigCaseTable(String db) {
        if (lines.stream().noneMatch(l -> db.equals(l.get("db")) && "big-case".equals(l.get("scenario")))) {
            return;
        }
        out.append("\n### ").append(db).append(": shares in a big case against shares in fresh cases\n\n");
        List<String> head = List.of("revision", "clients", "big p50 ms", "big p99 ms", "fresh p50 ms", "fresh p99 ms",
                "big/fresh p50", "big/fresh p99", "big case events (start..end)", "errors");
        List<List<String>> rows = new ArrayList<>();
        for (String rev : revs) {
            for (int clients : clientCounts(db, "big-case")) {
                List<Map<String, Object>> runs = runs(l -> db.equals(l.get("db")) && rev.equals(l.get("rev"))
                        && "big-case".equals(l.get("scenario")) && num(l, "clients") == clients);
                if (runs.isEmpty()) {
                    continue;
                }
                rows.add(List.of(rev, Integer.toString(clients), fmt(median(runs, "big_p50_ms")), fmt(median(runs, "big_p99_ms")),
                        fmt(median(runs, "fresh_p50_ms")), fmt(median(runs, "fresh_p99_ms")), fmt(median(runs, "ratio_p50")),
                        fmt(median(runs, "ratio_p99")),
                        fmt(median(runs, "big_case_events_at_start")) + ".." + fmt(max(runs, "big_case_events_at_end")),
                        errors(runs)));
            }
        }
        table(head, rows);
    }

    void failures() {
        List<Map<String, Object>> failed = lines.stream().filter(l -> l.get("failed") != null).toList();
        if (failed.isEmpty()) {
            return;
        }
        out.append("\n## Failed measurements\n\n");
        for (Map<String, Object> l : failed) {
            out.append(String.format("- %s %s %s, %s clients, run %s: %s%n", str(l, "db"), str(l, "rev"), str(l, "scenario"),
                    fmt(l.get("clients")), str(l, "run"), str(l, "failed")));
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    List<Map<String, Object>> runs(Predicate<Map<String, Object>> which) {
        return lines.stream().filter(l -> l.get("failed") == null).filter(which).toList();
    }

    Set<Integer> clientCounts(String db, String scenario) {
        Set<Integer> counts = new TreeSet<>();
        for (Map<String, Object> l : lines) {
            if (db.equals(l.get("db")) && scenario.equals(l.get("scenario")) && !"pgbench".equals(l.get("kind"))) {
                counts.add((int) num(l, "clients"));
            }
        }
        return counts;
    }

    /** Errors summed over the runs, with what they were: "0", or "3 (share:500 x3)". */
    static String errors(List<Map<String, Object>> runs) {
        Map<String, Long> by = new TreeMap<>();
        long total = 0;
        for (Map<String, Object> r : runs) {
            total += (long) num(r, "errors");
            if (r.get("errors_by_status") instanceof Map<?, ?> m) {
                m.forEach((k, v) -> by.merge(String.valueOf(k), (long) ((Number) v).doubleValue(), Long::sum));
            }
        }
        if (total == 0) {
            return runs.isEmpty() ? "-" : "0";
        }
        StringBuilder b = new StringBuilder("**" + total + "**");
        by.forEach((k, v) -> b.append(' ').append(k).append('×').append(v));
        return b.toString();
    }

    static Double median(List<Map<String, Object>> runs, String key) {
        List<Double> values = new ArrayList<>();
        for (Map<String, Object> r : runs) {
            if (r.get(key) instanceof Number n) {
                values.add(n.doubleValue());
            }
        }
        if (values.isEmpty()) {
            return null;
        }
        values.sort(null);
        int n = values.size();
        return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
    }

    static Double max(List<Map<String, Object>> runs, String key) {
        return runs.stream().map(r -> r.get(key)).filter(v -> v instanceof Number).map(v -> ((Number) v).doubleValue())
                .max(Double::compare).orElse(null);
    }

    static long sum(List<Map<String, Object>> runs, String key) {
        return runs.stream().map(r -> r.get(key)).filter(v -> v instanceof Number).mapToLong(v -> ((Number) v).longValue()).sum();
    }

    static double num(Map<String, Object> l, String key) {
        Object v = l.get(key);
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return v == null ? Double.NaN : Double.parseDouble(v.toString());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    static String str(Map<String, Object> l, String key) {
        return Objects.toString(l.get(key), "");
    }

    static String ratio(Double a, Double b, int decimals) {
        if (a == null || b == null || b == 0) {
            return "-";
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", a / b);
    }

    /** Numbers for people: three significant digits or so, no trailing noise. */
    static String fmt(Object v) {
        if (!(v instanceof Number n)) {
            return v == null ? "-" : v.toString();
        }
        double d = n.doubleValue();
        if (d == Math.rint(d) && Math.abs(d) < 1e9) {
            return Long.toString((long) d);
        }
        if (Math.abs(d) >= 100) {
            return String.format(Locale.ROOT, "%.0f", d);
        }
        if (Math.abs(d) >= 10) {
            return String.format(Locale.ROOT, "%.1f", d);
        }
        return String.format(Locale.ROOT, "%.2f", d);
    }

    void table(List<String> head, List<List<String>> rows) {
        if (rows.isEmpty()) {
            out.append("(no measurement)\n");
            return;
        }
        out.append("| ").append(String.join(" | ", head)).append(" |\n");
        out.append("|").append("---|".repeat(head.size())).append('\n');
        for (List<String> row : rows) {
            out.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
    }

    // ---- a minimal JSON reader: objects, strings, numbers, booleans, null (all the result lines hold) ---------

    static final class Json {
        final String s;
        int i;

        Json(String s) {
            this.s = s;
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> object(String text) {
            Json j = new Json(text.strip());
            Object v = j.value();
            if (!(v instanceof Map)) {
                throw new IllegalArgumentException("not a JSON object: " + text);
            }
            return (Map<String, Object>) v;
        }

        Object value() {
            skip();
            char c = s.charAt(i);
            if (c == '{') {
                Map<String, Object> m = new LinkedHashMap<>();
                i++;
                skip();
                if (s.charAt(i) == '}') {
                    i++;
                    return m;
                }
                while (true) {
                    skip();
                    String key = string();
                    skip();
                    expect(':');
                    m.put(key, value());
                    skip();
                    if (s.charAt(i) == ',') {
                        i++;
                    } else {
                        expect('}');
                        return m;
                    }
                }
            }
            if (c == '[') {
                List<Object> list = new ArrayList<>();
                i++;
                skip();
                if (s.charAt(i) == ']') {
                    i++;
                    return list;
                }
                while (true) {
                    list.add(value());
                    skip();
                    if (s.charAt(i) == ',') {
                        i++;
                    } else {
                        expect(']');
                        return list;
                    }
                }
            }
            if (c == '"') {
                return string();
            }
            if (s.startsWith("true", i)) {
                i += 4;
                return Boolean.TRUE;
            }
            if (s.startsWith("false", i)) {
                i += 5;
                return Boolean.FALSE;
            }
            if (s.startsWith("null", i)) {
                i += 4;
                return null;
            }
            int start = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            return Double.parseDouble(s.substring(start, i));
        }

        String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (s.charAt(i) != '"') {
                char c = s.charAt(i++);
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> b.append('\n');
                        case 't' -> b.append('\t');
                        case 'r' -> b.append('\r');
                        case 'b' -> b.append('\b');
                        case 'f' -> b.append('\f');
                        case 'u' -> {
                            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> b.append(e);
                    }
                } else {
                    b.append(c);
                }
            }
            i++;
            return b.toString();
        }

        void expect(char c) {
            if (s.charAt(i) != c) {
                throw new IllegalArgumentException("expected '" + c + "' at " + i + " in " + s);
            }
            i++;
        }

        void skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
