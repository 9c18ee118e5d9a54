/*
 * Closed-loop HTTP load generator for the Roundtable service. JDK only, run as a single-file program:
 *
 *   java scripts/bench/LoadGenerator.java --scenario raise --urls http://localhost:18081 --clients 16 \
 *        --warmup 5 --duration 15 [--idempotency] [--label text] [--tag key=value]...
 *
 * Each of N client threads sends its next request as soon as the previous one answered. Requests that
 * complete during the warm-up are discarded; the statistics cover the requests that complete inside the
 * measured window, so throughput = completed / duration. Every latency sample is kept (no histogram), and
 * every non-2xx answer or exception is counted, by operation and status, never dropped.
 *
 * Scenarios (see README.md):
 *   raise             each request raises a concern.
 *   share             each client raises and opens its own case at set-up; each request shares information in it.
 *   read-after-write  each iteration shares information (or raises, --write raise) and immediately reads the
 *                     case, from the next URL of the list, checking that the write shows ("stale reads").
 *   big-case          one case with 1000 events and a fresh case; clients alternate shares on both.
 *
 * Output: one JSON line on stdout (the machine-readable result), a readable summary on stderr. Exit code 0
 * when the run was measured (even with errors, which the line counts), 1 when the set-up failed, 2 on bad
 * arguments.
 */

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class LoadGenerator {

    // ---- the requests: the same bodies and actors as the README's walk through --------------------------

    static final String RAISE_BODY = "{\"subject\":{\"givenName\":\"Bench\",\"familyName\":\"Mark\",\"ageBand\":\"AGE_16_TO_17\"},"
            + "\"summary\":\"benchmark concern\",\"urgency\":\"ROUTINE\",\"category\":\"OTHER\"}";
    static final String OPEN_BODY = "{\"decision\":\"OPEN_CASE\",\"lead\":\"police\",\"participants\":[\"school\"]}";
    static final String SHARE_BODY = "{\"content\":\"benchmark information\",\"level\":\"AMBER\",\"sourceProtected\":false}";
    static final Pattern CASE_ID = Pattern.compile("\"caseId\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern INFORMATION_ID = Pattern.compile("\"informationId\"\\s*:\\s*\"([^\"]+)\"");

    // ---- options -------------------------------------------------------------------------------------------

    static final class Options {
        String scenario;
        List<String> urls = new ArrayList<>();
        int clients = 1;
        double warmupSeconds = 5;
        double durationSeconds = 15;
        boolean idempotency;
        String label = "";
        Map<String, String> tags = new LinkedHashMap<>();
        String write = "share";          // read-after-write: what the write is (share | raise)
        int bigEvents = 1000;             // big-case: events in the big case (raise + open + shares)
        int freshMaxShares = 50;          // big-case, read-after-write: a case is replaced once it has this many shares
        int setupThreads = 4;             // big-case: threads building the big case
        double timeoutSeconds = 60;       // per request; above the service's 10 s read-your-writes timeout
        double staleWaitSeconds = 5;      // read-after-write: how long to poll a stale read until it shows
        String forwardFrom;               // read-after-write: a header of the command's answer ...
        String forwardTo;                 // ... sent on the read under this name (a consistency token)
    }

    static void usage(String problem) {
        System.err.println("LoadGenerator: " + problem);
        System.err.println("""
                usage: java LoadGenerator.java --scenario raise|share|read-after-write|big-case --urls URL[,URL...]
                         [--clients N] [--warmup S] [--duration S] [--idempotency] [--label TEXT] [--tag KEY=VALUE]...
                         [--write share|raise] [--big-events N] [--fresh-max-shares N] [--setup-threads N]
                         [--timeout S] [--stale-wait S] [--forward-header RESPONSE_HEADER[:REQUEST_HEADER]]""");
        System.exit(2);
    }

    static Options parse(String[] args) {
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--idempotency")) {
                o.idempotency = true;
                continue;
            }
            if (a.equals("-h") || a.equals("--help")) {
                usage("help");
            }
            if (i + 1 >= args.length) {
                usage("missing value after " + a);
            }
            String v = args[++i];
            try {
                switch (a) {
                    case "--scenario" -> o.scenario = v;
                    case "--urls" -> {
                        for (String u : v.split(",")) {
                            if (!u.isBlank()) {
                                o.urls.add(u.strip().replaceAll("/+$", ""));
                            }
                        }
                    }
                    case "--clients" -> o.clients = Integer.parseInt(v);
                    case "--warmup" -> o.warmupSeconds = Double.parseDouble(v);
                    case "--duration" -> o.durationSeconds = Double.parseDouble(v);
                    case "--label" -> o.label = v;
                    case "--tag" -> {
                        int eq = v.indexOf('=');
                        if (eq <= 0) {
                            usage("--tag needs KEY=VALUE");
                        }
                        o.tags.put(v.substring(0, eq), v.substring(eq + 1));
                    }
                    case "--write" -> o.write = v;
                    case "--big-events" -> o.bigEvents = Integer.parseInt(v);
                    case "--fresh-max-shares" -> o.freshMaxShares = Integer.parseInt(v);
                    case "--setup-threads" -> o.setupThreads = Integer.parseInt(v);
                    case "--timeout" -> o.timeoutSeconds = Double.parseDouble(v);
                    case "--stale-wait" -> o.staleWaitSeconds = Double.parseDouble(v);
                    case "--forward-header" -> {
                        String[] names = v.split(":", 2);
                        o.forwardFrom = names[0];
                        o.forwardTo = names.length > 1 ? names[1] : names[0];
                    }
                    default -> usage("unknown option " + a);
                }
            } catch (NumberFormatException e) {
                usage("not a number after " + a + ": " + v);
            }
        }
        if (o.scenario == null || !List.of("raise", "share", "read-after-write", "big-case").contains(o.scenario)) {
            usage("--scenario must be raise, share, read-after-write or big-case");
        }
        if (o.urls.isEmpty()) {
            usage("--urls is required");
        }
        if (o.clients < 1 || o.durationSeconds <= 0 || o.warmupSeconds < 0) {
            usage("--clients must be >= 1, --duration > 0, --warmup >= 0");
        }
        if (!o.write.equals("share") && !o.write.equals("raise")) {
            usage("--write must be share or raise");
        }
        if (o.bigEvents < 3) {
            usage("--big-events must be at least 3 (raise, open, one share)");
        }
        return o;
    }

    // ---- one HTTP answer, and a client's view of the API ---------------------------------------------------

    /** An answer: status (or -1 with the exception's class name), body, and how long it took. */
    record Answer(int status, String body, long nanos, String failure, String forwarded) {
        Answer(int status, String body, long nanos, String failure) {
            this(status, body, nanos, failure, null);
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The key under which a failure is counted: operation and status, or operation and exception. */
        String errorKey(String operation) {
            return operation + ":" + (status < 0 ? failure : Integer.toString(status));
        }
    }

    /**
     * One client's connections to the service: a plain HTTP/1.1 keep-alive socket to the command URL and one
     * to the read URL. Deliberately lean (no client library): on a 2-core machine shared with the service and
     * PostgreSQL, the load generator's own CPU would otherwise be a large part of what is measured, as
     * pgbench's is small beside PostgreSQL.
     */
    static final class Api {
        final Connection commands;
        final Connection reads;
        final String commandUrl;
        final String readUrl;
        final boolean idempotency;
        final Options o;

        Api(String commandUrl, String readUrl, Options o) {
            this.o = o;
            this.commandUrl = commandUrl;
            this.readUrl = readUrl;
            this.idempotency = o.idempotency;
            int timeout = (int) (o.timeoutSeconds * 1000);
            this.commands = new Connection(URI.create(commandUrl), timeout);
            this.reads = readUrl.equals(commandUrl) ? commands : new Connection(URI.create(readUrl), timeout);
        }

        Answer raise() {
            return command("/api/cases", RAISE_BODY, "anna", "police");
        }

        Answer open(String caseId) {
            return command("/api/cases/" + caseId + "/screening", OPEN_BODY, "chris", "city");
        }

        Answer share(String caseId) {
            return command("/api/cases/" + caseId + "/information", SHARE_BODY, "sofie", "school");
        }

        Answer read(String caseId) {
            return read(caseId, null);
        }

        /** Bearer tokens per person, got once per client from {@code POST /api/tokens}; empty where there are no logins. */
        private final java.util.Map<String, String> tokens = new java.util.concurrent.ConcurrentHashMap<>();

        /**
         * The person's bearer token (password {@code demo}: the services run with the demo round table's people),
         * or null for a revision without logins, which knows people by the X-Actor headers instead.
         */
        private String tokenOf(String person) {
            return tokens.computeIfAbsent(person, p -> {
                Answer login = commands.exchange("POST", "/api/tokens", List.of("Content-Type", "application/json"),
                        "{\"username\":\"" + p + "\",\"password\":\"demo\"}", null);
                if (login.status() == 201) {
                    java.util.regex.Matcher token = java.util.regex.Pattern.compile("\"token\":\"([^\"]+)\"").matcher(login.body());
                    if (token.find()) {
                        return token.group(1);
                    }
                }
                return "";
            });
        }

        private void authenticate(List<String> headers, String person) {
            String token = tokenOf(person);
            if (!token.isEmpty()) {
                headers.addAll(List.of("Authorization", "Bearer " + token));
            }
        }

        /** A read of the case, carrying the token a command answered with (--forward-header), if any. */
        Answer read(String caseId, String token) {
            List<String> headers = new ArrayList<>(List.of("Accept", "application/json"));
            authenticate(headers, "chris");
            if (token != null && o.forwardTo != null) {
                headers.addAll(List.of(o.forwardTo, token));
            }
            return reads.exchange("GET", "/api/cases/" + caseId, headers, null, o.forwardFrom);
        }

        Answer command(String path, String body, String person, String partner) {
            List<String> headers = new ArrayList<>(List.of("Content-Type", "application/json", "Accept", "application/json",
                    "X-Actor-Person", person, "X-Actor-Partner", partner));
            authenticate(headers, person);
            if (idempotency) {
                // A fresh key each time: measures the cost of recording keys, never a replayed answer.
                headers.addAll(List.of("Idempotency-Key", UUID.randomUUID().toString()));
            }
            return commands.exchange("POST", path, headers, body, o.forwardFrom);
        }

        /** Raises a concern and opens it as a case with the school taking part; the case id. */
        String openedCase() throws SetupFailed {
            Answer raised = raise();
            if (!raised.ok()) {
                throw new SetupFailed("raising a concern at " + commandUrl + " answered " + describe(raised));
            }
            String caseId = find(CASE_ID, raised.body);
            if (caseId == null) {
                throw new SetupFailed("no caseId in the answer to raising a concern: " + raised.body);
            }
            Answer opened = open(caseId);
            if (!opened.ok()) {
                throw new SetupFailed("opening case " + caseId + " answered " + describe(opened));
            }
            return caseId;
        }
    }

    static final class SetupFailed extends Exception {
        SetupFailed(String message) {
            super(message);
        }
    }

    static String describe(Answer a) {
        String body = a.body == null ? "" : a.body.length() > 300 ? a.body.substring(0, 300) + "..." : a.body;
        return (a.status < 0 ? a.failure : "HTTP " + a.status) + " " + body;
    }

    static String find(Pattern p, String body) {
        Matcher m = p.matcher(body == null ? "" : body);
        return m.find() ? m.group(1) : null;
    }

    // ---- samples ---------------------------------------------------------------------------------------------

    /** A growable array of latencies in nanoseconds, one per thread (merged at the end, so no locking). */
    static final class Samples {
        long[] values = new long[1024];
        int size;

        void add(long nanos) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = nanos;
        }

        static Samples merge(List<Samples> parts) {
            Samples all = new Samples();
            int total = parts.stream().mapToInt(s -> s.size).sum();
            all.values = new long[Math.max(total, 1)];
            for (Samples s : parts) {
                System.arraycopy(s.values, 0, all.values, all.size, s.size);
                all.size += s.size;
            }
            Arrays.sort(all.values, 0, all.size);
            return all;
        }

        /** Nearest-rank percentile in milliseconds of a merged (sorted) set; NaN when empty. */
        double percentileMs(double q) {
            if (size == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(q * size);
            return values[Math.min(Math.max(rank, 1), size) - 1] / 1e6;
        }

        double meanMs() {
            if (size == 0) {
                return Double.NaN;
            }
            double sum = 0;
            for (int i = 0; i < size; i++) {
                sum += values[i];
            }
            return sum / size / 1e6;
        }
    }

    /** What one client thread recorded; kinds of samples by name ("main", "read", "big", ...). */
    static final class ClientRecord {
        final Map<String, Samples> samples = new TreeMap<>();

        Samples of(String kind) {
            return samples.computeIfAbsent(kind, k -> new Samples());
        }
    }

    // ---- the run ---------------------------------------------------------------------------------------------

    final Options o;
    final Map<String, LongAdder> errors = new ConcurrentHashMap<>();        // inside the window (or after it)
    final Map<String, LongAdder> warmupErrors = new ConcurrentHashMap<>();  // completed during the warm-up
    final LongAdder staleReads = new LongAdder();
    final LongAdder neverVisible = new LongAdder();
    final LongAdder reads = new LongAdder();
    final AtomicInteger bigCaseEvents = new AtomicInteger();
    final AtomicInteger freshCasesMade = new AtomicInteger();
    volatile long measureStart;   // System.nanoTime() at which the measured window opens
    volatile long measureEnd;

    LoadGenerator(Options o) {
        this.o = o;
    }

    boolean inWindow(long completedAt) {
        return completedAt >= measureStart && completedAt <= measureEnd;
    }

    /** Counts a failed answer: as a warm-up error before the window, as an error from the window on. */
    void countError(Answer a, String operation, long completedAt) {
        Map<String, LongAdder> into = completedAt < measureStart ? warmupErrors : errors;
        into.computeIfAbsent(a.errorKey(operation), k -> new LongAdder()).increment();
    }

    /** A client: set-up, then requests until the window closes. */
    interface Client {
        void setup() throws SetupFailed;

        void iteration(ClientRecord record);
    }

    public static void main(String[] args) throws Exception {
        Options o = parse(args);
        LoadGenerator g = new LoadGenerator(o);
        System.exit(g.run());
    }

    int run() throws InterruptedException {
        long started = System.currentTimeMillis();
        List<Client> clients = new ArrayList<>();
        SharedBigCase big = null;
        try {
            if (o.scenario.equals("big-case")) {
                big = buildBigCase();
            }
            for (int i = 0; i < o.clients; i++) {
                // Client i commands the i-th URL and reads from the next one, so with two instances every
                // read goes to the instance that did not take the command.
                String commandUrl = o.urls.get(i % o.urls.size());
                String readUrl = o.urls.get((i + 1) % o.urls.size());
                Api api = new Api(commandUrl, readUrl, o);
                clients.add(switch (o.scenario) {
                    case "raise" -> new RaiseClient(api);
                    case "share" -> new ShareClient(api);
                    case "read-after-write" -> new ReadAfterWriteClient(api);
                    default -> new BigCaseClient(api, big, i);
                });
            }
        } catch (SetupFailed e) {
            return failed(e.getMessage());
        }

        // Every client sets up in its own thread, then all start together.
        CountDownLatch ready = new CountDownLatch(o.clients);
        CountDownLatch go = new CountDownLatch(1);
        AtomicReference<String> setupFailure = new AtomicReference<>();
        List<ClientRecord> records = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < o.clients; i++) {
            Client client = clients.get(i);
            ClientRecord record = new ClientRecord();
            records.add(record);
            Thread t = new Thread(() -> {
                try {
                    client.setup();
                } catch (SetupFailed e) {
                    setupFailure.compareAndSet(null, e.getMessage());
                } finally {
                    ready.countDown();
                }
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                if (setupFailure.get() != null) {
                    return;
                }
                while (System.nanoTime() < measureEnd && !Thread.currentThread().isInterrupted()) {
                    client.iteration(record);
                }
            }, "client-" + i);
            threads.add(t);
            t.start();
        }
        ready.await();
        long t0 = System.nanoTime();
        measureStart = t0 + (long) (o.warmupSeconds * 1e9);
        measureEnd = measureStart + (long) (o.durationSeconds * 1e9);
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        if (setupFailure.get() != null) {
            return failed(setupFailure.get());
        }
        report(records, big, System.currentTimeMillis() - started);
        return 0;
    }

    int failed(String why) {
        Map<String, Object> line = header();
        line.put("failed", why);
        line.putAll(o.tags);
        System.out.println(json(line));
        System.err.println("SET-UP FAILED (" + o.scenario + ", " + o.clients + " clients): " + why);
        return 1;
    }

    // ---- scenarios ---------------------------------------------------------------------------------------------

    /** Each request raises a new concern. */
    final class RaiseClient implements Client {
        final Api api;

        RaiseClient(Api api) {
            this.api = api;
        }

        public void setup() { }

        public void iteration(ClientRecord record) {
            Answer a = api.raise();
            long now = System.nanoTime();
            if (!a.ok()) {
                countError(a, "raise", now);
            } else if (inWindow(now)) {
                record.of("main").add(a.nanos);
            }
        }
    }

    /** Each request shares information in the client's own case, opened at set-up. */
    final class ShareClient implements Client {
        final Api api;
        String caseId;

        ShareClient(Api api) {
            this.api = api;
        }

        public void setup() throws SetupFailed {
            caseId = api.openedCase();
        }

        public void iteration(ClientRecord record) {
            Answer a = api.share(caseId);
            long now = System.nanoTime();
            if (!a.ok()) {
                countError(a, "share", now);
            } else if (inWindow(now)) {
                record.of("main").add(a.nanos);
            }
        }
    }

    /**
     * A write, then at once a read of the case from the client's read URL, which must show the write. The
     * pair's latency is the main sample; the command's and the read's own latencies are kept too. A read
     * that does not show the write is a stale read; the client then polls until it shows (at most
     * --stale-wait seconds) to measure how far behind it was.
     */
    final class ReadAfterWriteClient implements Client {
        final Api api;
        String caseId;
        int sharesInCase;

        ReadAfterWriteClient(Api api) {
            this.api = api;
        }

        public void setup() throws SetupFailed {
            if (o.write.equals("share")) {
                caseId = api.openedCase();
            }
        }

        public void iteration(ClientRecord record) {
            if (o.write.equals("share") && ++sharesInCase > o.freshMaxShares) {
                // A case read in full after every share would otherwise grow without end (thousands of items in
                // a run): a new case every --fresh-max-shares shares keeps it the size of a real one.
                try {
                    caseId = api.openedCase();
                    sharesInCase = 1;
                } catch (SetupFailed e) {
                    countError(new Answer(-1, e.getMessage(), 0, "NewCaseFailed"), "raise", System.nanoTime());
                    return;
                }
            }
            long pairStart = System.nanoTime();
            Answer written = o.write.equals("share") ? api.share(caseId) : api.raise();
            if (!written.ok()) {
                countError(written, o.write, System.nanoTime());
                return;
            }
            String target = o.write.equals("share") ? caseId : find(CASE_ID, written.body);
            String expected = find(o.write.equals("share") ? INFORMATION_ID : CASE_ID, written.body);
            if (target == null || expected == null) {
                countError(new Answer(-1, written.body, 0, "NoIdInAnswer"), o.write, System.nanoTime());
                return;
            }
            Answer read = api.read(target, written.forwarded());
            long now = System.nanoTime();
            boolean visible = read.status == 200 && read.body.contains(expected);
            // A 404 after a raise means the case is not there yet: stale, not an error.
            boolean stale = !visible && (read.status == 200 || (read.status == 404 && o.write.equals("raise")));
            if (!visible && !stale) {
                countError(read, "read", now);
                return;
            }
            boolean measured = inWindow(now);
            if (measured) {
                reads.increment();
                record.of("main").add(now - pairStart);
                record.of("command").add(written.nanos);
                record.of("read").add(read.nanos);
            }
            if (stale) {
                if (measured) {
                    staleReads.increment();
                }
                long lag = waitUntilVisible(target, expected, now);
                if (measured) {
                    if (lag < 0) {
                        neverVisible.increment();
                    } else {
                        record.of("stale-lag").add(lag);
                    }
                }
            }
        }

        /** Nanoseconds from the stale read until the write showed, or -1 if it did not within --stale-wait. */
        long waitUntilVisible(String target, String expected, long staleAt) {
            long deadline = staleAt + (long) (o.staleWaitSeconds * 1e9);
            while (System.nanoTime() < deadline) {
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return -1;
                }
                Answer again = api.read(target);
                if (again.status == 200 && again.body.contains(expected)) {
                    return System.nanoTime() - staleAt;
                }
            }
            return -1;
        }
    }

    /** The big case, built before the clients start, and the current fresh case all clients share in. */
    static final class SharedBigCase {
        String bigCaseId;
        final AtomicReference<FreshCase> fresh = new AtomicReference<>();
    }

    static final class FreshCase {
        final String caseId;
        final AtomicInteger shares = new AtomicInteger();
        final AtomicBoolean replacing = new AtomicBoolean();

        FreshCase(String caseId) {
            this.caseId = caseId;
        }
    }

    /**
     * Builds the big case (raise, open, then shares up to --big-events events) with a few threads against the
     * first URL, and the first fresh case. Shares on one case serialize on the aggregate anyway; the threads
     * only overlap the waiting.
     */
    SharedBigCase buildBigCase() throws SetupFailed, InterruptedException {
        Api api = new Api(o.urls.get(0), o.urls.get(0), o);
        SharedBigCase big = new SharedBigCase();
        long start = System.nanoTime();
        big.bigCaseId = api.openedCase();
        int sharesNeeded = o.bigEvents - 2;
        AtomicInteger tickets = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        AtomicReference<String> lastFailure = new AtomicReference<>();
        List<Thread> builders = new ArrayList<>();
        for (int t = 0; t < Math.max(1, o.setupThreads); t++) {
            Api builder = new Api(o.urls.get(0), o.urls.get(0), o);
            Thread thread = new Thread(() -> {
                while (tickets.get() < sharesNeeded && failures.get() < 50) {
                    if (tickets.incrementAndGet() > sharesNeeded) {
                        return;
                    }
                    Answer a = builder.share(big.bigCaseId);
                    if (!a.ok()) {
                        // Give the ticket back: the case must end with exactly --big-events events.
                        tickets.decrementAndGet();
                        failures.incrementAndGet();
                        lastFailure.set(describe(a));
                    }
                }
            }, "big-case-builder-" + t);
            builders.add(thread);
            thread.start();
        }
        for (Thread t : builders) {
            t.join();
        }
        if (failures.get() >= 50) {
            throw new SetupFailed("building the big case failed 50 times; last: " + lastFailure.get());
        }
        bigCaseEvents.set(o.bigEvents);
        big.fresh.set(new FreshCase(api.openedCase()));
        freshCasesMade.incrementAndGet();
        System.err.printf(Locale.ROOT, "big-case: built case %s with %d events in %.1f s (%d failed shares retried)%n",
                big.bigCaseId, o.bigEvents, (System.nanoTime() - start) / 1e9, failures.get());
        return big;
    }

    /**
     * Alternates a share in the big case with a share in the fresh case, so that both see the same moments of
     * a noisy machine and the same contention (all clients share in the same two cases). The fresh case is
     * replaced once it has --fresh-max-shares shares, so that it stays small; whichever client notices makes
     * the new one, outside the samples.
     */
    final class BigCaseClient implements Client {
        final Api api;
        final SharedBigCase big;
        boolean bigNext;

        BigCaseClient(Api api, SharedBigCase big, int index) {
            this.api = api;
            this.big = big;
            this.bigNext = index % 2 == 0;   // half the clients start with each, to keep the two interleaved
        }

        public void setup() { }

        public void iteration(ClientRecord record) {
            boolean onBig = bigNext;
            bigNext = !bigNext;
            String caseId;
            if (onBig) {
                caseId = big.bigCaseId;
            } else {
                FreshCase fresh = big.fresh.get();
                if (fresh.shares.incrementAndGet() > o.freshMaxShares && fresh.replacing.compareAndSet(false, true)) {
                    try {
                        big.fresh.set(new FreshCase(api.openedCase()));
                        freshCasesMade.incrementAndGet();
                    } catch (SetupFailed e) {
                        // Counted, and the old case stays in use; the next client to notice tries again.
                        errors.computeIfAbsent("fresh-case:set-up-failed", k -> new LongAdder()).increment();
                        System.err.println("replacing the fresh case failed: " + e.getMessage());
                        fresh.replacing.set(false);
                    }
                }
                caseId = big.fresh.get().caseId;
            }
            Answer a = api.share(caseId);
            long now = System.nanoTime();
            if (!a.ok()) {
                countError(a, onBig ? "share-big" : "share-fresh", now);
                return;
            }
            if (onBig) {
                bigCaseEvents.incrementAndGet();
            }
            if (inWindow(now)) {
                record.of("main").add(a.nanos);
                record.of(onBig ? "big" : "fresh").add(a.nanos);
            }
        }
    }

    // ---- the result ----------------------------------------------------------------------------------------------

    Map<String, Object> header() {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("label", o.label);
        line.put("scenario", o.scenario + (o.scenario.equals("read-after-write") && o.write.equals("raise") ? "-raise" : ""));
        line.put("clients", o.clients);
        line.put("instances", o.urls.size());
        line.put("idempotency", o.idempotency);
        line.put("warmup_s", o.warmupSeconds);
        line.put("duration_s", o.durationSeconds);
        return line;
    }

    static Samples merged(List<ClientRecord> records, String kind) {
        List<Samples> parts = new ArrayList<>();
        for (ClientRecord r : records) {
            Samples s = r.samples.get(kind);
            if (s != null) {
                parts.add(s);
            }
        }
        return Samples.merge(parts);
    }

    static void putLatencies(Map<String, Object> line, String prefix, Samples s) {
        line.put(prefix + "p50_ms", round(s.percentileMs(0.50)));
        line.put(prefix + "p90_ms", round(s.percentileMs(0.90)));
        line.put(prefix + "p99_ms", round(s.percentileMs(0.99)));
        line.put(prefix + "max_ms", round(s.percentileMs(1.0)));
    }

    static Map<String, Long> counts(Map<String, LongAdder> adders) {
        Map<String, Long> out = new TreeMap<>();
        adders.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    void report(List<ClientRecord> records, SharedBigCase big, long wallMillis) {
        Samples main = merged(records, "main");
        Map<String, Object> line = header();
        line.put("requests", main.size);
        line.put("throughput_per_s", round(main.size / o.durationSeconds));
        putLatencies(line, "", main);
        line.put("mean_ms", round(main.meanMs()));
        Map<String, Long> errorCounts = counts(errors);
        line.put("errors", errorCounts.values().stream().mapToLong(Long::longValue).sum());
        line.put("errors_by_status", errorCounts);
        Map<String, Long> warmupCounts = counts(warmupErrors);
        line.put("warmup_errors", warmupCounts.values().stream().mapToLong(Long::longValue).sum());
        if (!warmupCounts.isEmpty()) {
            line.put("warmup_errors_by_status", warmupCounts);
        }
        StringBuilder human = new StringBuilder();
        human.append(String.format(Locale.ROOT, "%s %s, %d client(s), %d instance(s)%s: %d requests in %.0f s = %.1f/s; "
                        + "latency p50 %.1f  p90 %.1f  p99 %.1f  max %.1f ms; errors %d %s",
                o.label.isEmpty() ? "" : "[" + o.label + "]", line.get("scenario"), o.clients, o.urls.size(),
                o.idempotency ? " (idempotency keys)" : "", main.size, o.durationSeconds, main.size / o.durationSeconds,
                main.percentileMs(0.5), main.percentileMs(0.9), main.percentileMs(0.99), main.percentileMs(1.0),
                (Long) line.get("errors"), errorCounts.isEmpty() ? "" : errorCounts.toString()));
        if (!warmupCounts.isEmpty()) {
            human.append(" (warm-up errors ").append(warmupCounts).append(')');
        }
        if (o.scenario.equals("read-after-write")) {
            Samples read = merged(records, "read");
            Samples command = merged(records, "command");
            Samples lag = merged(records, "stale-lag");
            line.put("reads", reads.sum());
            line.put("stale_reads", staleReads.sum());
            line.put("never_visible", neverVisible.sum());
            putLatencies(line, "command_", command);
            putLatencies(line, "read_", read);
            putLatencies(line, "stale_lag_", lag);
            human.append(String.format(Locale.ROOT, "%n  read alone p50 %.1f  p99 %.1f ms; command alone p50 %.1f  p99 %.1f ms",
                    read.percentileMs(0.5), read.percentileMs(0.99), command.percentileMs(0.5), command.percentileMs(0.99)));
            human.append(String.format(Locale.ROOT, "%n  >>> STALE READS: %d of %d reads did not show the write%s <<<",
                    staleReads.sum(), reads.sum(), staleReads.sum() == 0 ? "" : String.format(Locale.ROOT,
                            " (shown after p50 %.1f ms, max %.1f ms; %d never within %.0f s)", lag.percentileMs(0.5),
                            lag.percentileMs(1.0), neverVisible.sum(), o.staleWaitSeconds)));
        }
        if (o.scenario.equals("big-case")) {
            Samples bigSamples = merged(records, "big");
            Samples freshSamples = merged(records, "fresh");
            line.put("big_requests", bigSamples.size);
            putLatencies(line, "big_", bigSamples);
            line.put("fresh_requests", freshSamples.size);
            putLatencies(line, "fresh_", freshSamples);
            line.put("ratio_p50", round(bigSamples.percentileMs(0.5) / freshSamples.percentileMs(0.5)));
            line.put("ratio_p99", round(bigSamples.percentileMs(0.99) / freshSamples.percentileMs(0.99)));
            line.put("big_case_events_at_start", o.bigEvents);
            line.put("big_case_events_at_end", bigCaseEvents.get());
            line.put("fresh_cases", freshCasesMade.get());
            human.append(String.format(Locale.ROOT, "%n  big case (%d..%d events): p50 %.1f  p99 %.1f ms (%d)   "
                            + "fresh cases (< %d shares): p50 %.1f  p99 %.1f ms (%d)   ratio big/fresh p50 %.2f  p99 %.2f",
                    o.bigEvents, bigCaseEvents.get(), bigSamples.percentileMs(0.5), bigSamples.percentileMs(0.99),
                    bigSamples.size, o.freshMaxShares + 2, freshSamples.percentileMs(0.5), freshSamples.percentileMs(0.99),
                    freshSamples.size, bigSamples.percentileMs(0.5) / freshSamples.percentileMs(0.5),
                    bigSamples.percentileMs(0.99) / freshSamples.percentileMs(0.99)));
        }
        line.put("wall_s", round(wallMillis / 1000.0));
        line.putAll(o.tags);
        System.out.println(json(line));
        System.err.println(human);
    }

    static Object round(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return null;
        }
        return Math.round(v * 1000) / 1000.0;
    }

    // ---- a small JSON writer (flat values, nested maps) ------------------------------------------------------

    static String json(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Map<?, ?> m) {
            StringBuilder b = new StringBuilder("{");
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (b.length() > 1) {
                    b.append(',');
                }
                b.append(json(String.valueOf(e.getKey()))).append(':').append(json(e.getValue()));
            }
            return b.append('}').toString();
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        String s = v.toString();
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
    /**
     * A blocking HTTP/1.1 connection kept alive between requests, reopened after any failure. It reads a
     * response's status, its headers and its body (Content-Length or chunked).
     */
    static final class Connection {
        private final URI base;
        private final int timeoutMillis;
        private final String host;
        private java.net.Socket socket;
        private java.io.BufferedInputStream in;
        private java.io.OutputStream out;

        Connection(URI base, int timeoutMillis) {
            this.base = base;
            this.timeoutMillis = timeoutMillis;
            this.host = base.getHost() + ":" + base.getPort();
        }

        synchronized Answer exchange(String method, String path, List<String> headers, String body, String keep) {
            long start = System.nanoTime();
            try {
                return exchangeOnce(method, path, headers, body, keep, start);
            } catch (IOException | RuntimeException first) {
                close();
                if (first instanceof java.net.SocketTimeoutException) {
                    return new Answer(-1, "", System.nanoTime() - start, "HttpTimeoutException");
                }
                try {
                    // a kept-alive connection the server closed meanwhile: once more, on a new one
                    return exchangeOnce(method, path, headers, body, keep, start);
                } catch (IOException | RuntimeException e) {
                    close();
                    return new Answer(-1, String.valueOf(e.getMessage()), System.nanoTime() - start,
                            e.getClass().getSimpleName());
                }
            }
        }

        private Answer exchangeOnce(String method, String path, List<String> headers, String body, String keep,
                                    long start) throws IOException {
            if (socket == null) {
                socket = new java.net.Socket();
                socket.setTcpNoDelay(true);
                socket.connect(new java.net.InetSocketAddress(base.getHost(), base.getPort()), timeoutMillis);
                socket.setSoTimeout(timeoutMillis);
                in = new java.io.BufferedInputStream(socket.getInputStream(), 16384);
                out = new java.io.BufferedOutputStream(socket.getOutputStream(), 8192);
            }
            byte[] content = body == null ? new byte[0] : body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            StringBuilder request = new StringBuilder(256).append(method).append(' ').append(path)
                    .append(" HTTP/1.1\r\nHost: ").append(host).append("\r\n");
            for (int i = 0; i < headers.size(); i += 2) {
                request.append(headers.get(i)).append(": ").append(headers.get(i + 1)).append("\r\n");
            }
            if (body != null) {
                request.append("Content-Length: ").append(content.length).append("\r\n");
            }
            request.append("\r\n");
            out.write(request.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();

            String statusLine = line();
            if (statusLine == null) {
                throw new IOException("the server closed the connection");
            }
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean closing = false;
            String kept = null;
            for (String header = line(); header != null && !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                String name = header.substring(0, colon).trim();
                String value = header.substring(colon + 1).trim();
                if (name.equalsIgnoreCase("Content-Length")) {
                    length = Long.parseLong(value);
                } else if (name.equalsIgnoreCase("Transfer-Encoding") && value.equalsIgnoreCase("chunked")) {
                    chunked = true;
                } else if (name.equalsIgnoreCase("Connection") && value.equalsIgnoreCase("close")) {
                    closing = true;
                } else if (keep != null && name.equalsIgnoreCase(keep)) {
                    kept = value;
                }
            }
            java.io.ByteArrayOutputStream received = new java.io.ByteArrayOutputStream();
            if (chunked) {
                for (long size = Long.parseLong(line().split(";")[0].trim(), 16); size > 0;
                     size = Long.parseLong(line().split(";")[0].trim(), 16)) {
                    copy(size, received);
                    line();
                }
                for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
                    // no trailers expected
                }
            } else if (length > 0) {
                copy(length, received);
            }
            if (closing) {
                close();
            }
            return new Answer(status, received.toString(java.nio.charset.StandardCharsets.UTF_8),
                    System.nanoTime() - start, null, kept);
        }

        private void copy(long count, java.io.ByteArrayOutputStream to) throws IOException {
            byte[] buffer = new byte[8192];
            while (count > 0) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, count));
                if (read < 0) {
                    throw new IOException("the body ended early");
                }
                to.write(buffer, 0, read);
                count -= read;
            }
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c >= 0; c = in.read()) {
                if (c == '\n') {
                    int end = line.length();
                    return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
                }
                line.append((char) c);
            }
            return line.length() == 0 ? null : line.toString();
        }

        private void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing a broken connection
                }
            }
            socket = null;
        }
    }
}
