package dev.crosswise.bench.backtest;

import dev.crosswise.bench.GraphTarget;
import dev.crosswise.bench.ResultsFile;
import dev.crosswise.bench.Machine;
import dev.crosswise.bench.ServiceProcess;
import dev.crosswise.graph.GraphSetup;
import dev.crosswise.importing.PurchaseHistoryCsv;
import dev.crosswise.importing.PurchaseHistoryImport;
import dev.crosswise.importing.PurchaseLine;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The relevance backtest (issue #25): how well Crosswise predicts a member's next basket, measured as a user would
 * meet it — the training part of a purchase history imported into a fresh graph, the service jar started on it, and
 * {@code whatNext} asked over HTTP as of each member's decision instant — beside baselines computed from the same
 * training lines in the same run. Writes {@code report.json} and {@code report.md} next to the service's log.
 */
public final class Backtest {

    /**
     * @param runsDir   where each run gets its folder (graph, service log, reports), e.g. bench/target/backtest
     * @param splitDate null with {@code leaveLast}
     * @param catalog   optional CSV {@code sku_or_name,price,margin,stock,category} applied after the import
     * @param clients   client threads asking {@code whatNext}
     */
    public record Options(Path repo, Path runsDir, Path csv, LocalDate splitDate, boolean leaveLast, Path catalog, int limit,
                          int minBaskets, Path serviceJar, int clients, String heap, String pageCache,
                          List<String> commandLine) {
    }

    static final List<String> PROTOCOL = List.of(
            "Only the training lines are imported (PurchaseHistoryImport, BOUGHT_WITH derived from them alone); the service jar then runs on that graph as its own process, seed off, and is asked whatNext over HTTP with each test member's decision instant as `at`.",
            "split-date D: training = lines dated before D; test members = members with a basket on or after D; target = their first such basket; decision instant = D 00:00 UTC. Members with no line before D are cold: asked as anonymous visitors (whatNext without customerId).",
            "leave-last: test members = members with at least 2 baskets; target = their last basket; decision instant = its date 00:00 UTC; training = every line except those target baskets. Other members' later lines stay in training (the usual leave-last protocol), so co-purchase figures know some of the future.",
            "A basket is one member's lines on one date; items are compared as the import's skus (G-<slug>). Target items never seen in training count in the target size though no method can find them.",
            "HR@K: share of members whose target holds at least one of the top K. Recall@K: hits in the top K / target size, averaged over members. NDCG@K: binary relevance, rank r counts 1/log2(r+1), divided by the ideal DCG over min(K, target size).",
            "Views: overall = the whole target, the ranking as answered; repeat = the target's items the member bought in training (members with at least one), the ranking as answered; new = the target's items new to the member (members with at least one), against each method's first K items new to the member (Crosswise's from a second whatNext with limit 50, a baseline's from its whole ranking) — so re-offering known items neither helps nor crowds out this view.",
            "Coverage: distinct items shown in any top 10 / distinct training items. Empty: share of members for whom the method had nothing. A failed whatNext call counts as an empty answer.",
            "Baselines (no service): global popularity = items by number of training baskets; personal popularity = the member's items by how many of their baskets hold them; personal then global = that, then global popularity; item-kNN = score(j) = sum over the member's items i != j, weighted by how many of the member's baskets hold i, of cos(i,j) = n_ij / sqrt(n_i n_j), cold members get global popularity; the new-only variants drop the member's own items. Ties by global popularity, then sku.");

    private final Options options;
    private final PrintStream out;

    public Backtest(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public Path run() throws Exception {
        long started = System.nanoTime();
        String stamp = LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path runDir = options.runsDir().resolve(stamp);
        Files.createDirectories(runDir);

        PurchaseHistoryCsv.PurchaseHistory read = PurchaseHistoryCsv.read(options.csv(), line -> out.println("  " + line));
        List<PurchaseLine> lines = read.purchases();
        HistorySplit split = options.leaveLast() ? HistorySplit.leaveLast(lines)
                : HistorySplit.byDate(lines, options.splitDate());
        TrainingHistory history = TrainingHistory.of(split.training());
        List<TestMember> cold = split.members().stream().filter(m -> !history.knows(m.customerId())).toList();
        List<TestMember> warm = split.members().stream().filter(m -> history.knows(m.customerId())).toList();
        Map<String, Object> counts = counts(lines, split, history, cold.size());
        // a catalog that cannot be read fails the run now, not after the import and the service's start
        List<Catalog.Entry> catalogEntries = options.catalog() == null ? List.of() : Catalog.read(options.catalog());
        out.println("Backtest " + split.protocol() + ": " + counts);

        Path graphDir = runDir.resolve("graph");
        out.println("Import: the " + split.training().size() + " training lines into " + graphDir);
        PurchaseHistoryImport.Result imported;
        try (GraphTarget target = GraphTarget.open(null, graphDir, options.pageCache())) {
            GraphSetup.apply(target.graph(), false);
            imported = PurchaseHistoryImport.run(target.graph(),
                    new PurchaseHistoryCsv.PurchaseHistory(split.training(), split.training().size(), 0, List.of()),
                    new PurchaseHistoryImport.Options(PurchaseHistoryImport.Options.DEFAULTS.customerPrefix(),
                            PurchaseHistoryImport.Options.DEFAULTS.skuPrefix(), options.minBaskets(),
                            PurchaseHistoryImport.Options.DEFAULTS.writers()),
                    line -> out.println("  " + line));
        }

        var settings = new ServiceProcess.Settings(options.serviceJar(), graphDir, options.repo().resolve("rules"),
                freePort(), freePort(), options.heap(), options.pageCache(), null);
        out.println("Service: starting " + options.serviceJar().getFileName() + " on the training graph (log: "
                + runDir.resolve("service.log") + ")");
        Catalog.Applied catalog = null;
        CrosswiseAnswers.Result crosswise;
        double serviceStartSeconds;
        long serviceStarted = System.nanoTime();
        try (ServiceProcess service = ServiceProcess.start(settings, runDir.resolve("service.log"));
             ServiceGraphQl graphQl = new ServiceGraphQl(settings.httpPort())) {
            serviceStartSeconds = (System.nanoTime() - serviceStarted) / 1e9;
            out.printf(Locale.ROOT, "Service: healthy after %.1f s%n", serviceStartSeconds);
            if (options.catalog() != null) {
                catalog = Catalog.apply(graphQl, catalogEntries);
                out.println("Catalog: " + catalog);
            }
            out.printf("whatNext: %,d members (%,d cold, asked as visitors), %d client threads%n",
                    split.members().size(), cold.size(), options.clients());
            crosswise = CrosswiseAnswers.ask(graphQl, split.members(), history, options.limit(), options.clients(), out);
        }
        out.printf(Locale.ROOT, "whatNext: %,d calls in %.1f s, %,d failed%s%n", crosswise.calls(), crosswise.seconds(),
                crosswise.failedCalls(), crosswise.firstError() == null ? "" : " (" + crosswise.failedVisitorCalls()
                        + " of them as a visitor); first error: " + crosswise.firstError());

        Evaluation evaluation = new Evaluation(history);
        List<MethodScores> rows = new ArrayList<>();
        rows.add(evaluation.score(crosswise.method("Crosswise"), split.members()));
        rows.add(evaluation.score(crosswise.method("Crosswise, cold members"), cold));
        rows.add(evaluation.score(crosswise.method("Crosswise, warm members"), warm));
        for (Method baseline : new Baselines(history).methods(options.limit())) {
            rows.add(evaluation.score(baseline, split.members()));
        }
        String table = BacktestTable.plain(rows);
        String mix = strategiesMix(crosswise.strategies());
        out.println();
        out.print(table);
        out.println("Crosswise's top-" + options.limit() + " actions by strategy: " + mix);

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("commandLine", "crosswise-bench " + String.join(" ", options.commandLine()));
        report.put("timestamp", stamp + "Z");
        report.put("commit", commit(options.repo()));
        report.put("split", split.protocol());
        report.put("counts", counts);
        report.put("import", imported);
        report.put("machine", Machine.describe(options.heap()));
        report.put("catalog", catalog);
        Map<String, Object> calls = new LinkedHashMap<>();
        calls.put("calls", crosswise.calls());
        calls.put("failed", crosswise.failedCalls());
        calls.put("failedAsVisitor", crosswise.failedVisitorCalls());
        calls.put("firstError", crosswise.firstError());
        calls.put("seconds", round(crosswise.seconds()));
        calls.put("strategiesOfTopActions", crosswise.strategies());
        calls.put("serviceStartSeconds", round(serviceStartSeconds));
        report.put("whatNext", calls);
        report.put("methods", rows);
        report.put("protocol", PROTOCOL);
        report.put("seconds", round((System.nanoTime() - started) / 1e9));
        ResultsFile.write(runDir.resolve("report.json"), report);
        Files.writeString(runDir.resolve("report.md"), markdown(report, rows, mix), StandardCharsets.UTF_8);
        out.println("Report: " + runDir.resolve("report.md") + " (and report.json, service.log)");
        return runDir;
    }

    private static Map<String, Object> counts(List<PurchaseLine> lines, HistorySplit split, TrainingHistory history,
                                              int coldMembers) {
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("lines", lines.size());
        counts.put("trainingLines", split.training().size());
        counts.put("trainingBaskets", history.baskets());
        counts.put("trainingMembers", history.members());
        counts.put("trainingItems", history.items().size());
        counts.put("testMembers", split.members().size());
        counts.put("coldTestMembers", coldMembers);
        counts.put("meanTargetSize", round(split.members().stream().mapToInt(m -> m.target().size()).average().orElse(Double.NaN)));
        return counts;
    }

    private static String strategiesMix(Map<String, Integer> strategies) {
        int total = strategies.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return "no actions";
        }
        List<String> parts = new ArrayList<>();
        strategies.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> parts.add(String.format(Locale.ROOT, "%s %.1f %%", e.getKey(), 100.0 * e.getValue() / total)));
        return String.join(", ", parts) + " (of " + total + ")";
    }

    private String markdown(Map<String, Object> report, List<MethodScores> rows, String mix) {
        StringBuilder md = new StringBuilder("# Relevance backtest, ").append(report.get("split")).append("\n\n");
        md.append("- Command: `").append(report.get("commandLine")).append("`\n");
        md.append("- Commit: ").append(report.get("commit")).append(", run ").append(report.get("timestamp")).append('\n');
        md.append("- Counts: ").append(report.get("counts")).append('\n');
        md.append("- Machine: ").append(report.get("machine")).append('\n');
        md.append("- whatNext: ").append(report.get("whatNext")).append('\n');
        if (report.get("catalog") != null) {
            md.append("- Catalog: ").append(report.get("catalog")).append('\n');
        }
        md.append("- Crosswise's top-").append(options.limit()).append(" actions by strategy: ").append(mix).append("\n\n");
        md.append(BacktestTable.markdown(rows));
        md.append("## Protocol\n\n");
        PROTOCOL.forEach(note -> md.append("- ").append(note).append('\n'));
        return md.toString();
    }

    /** The repository's short commit id, or "unknown" outside a clone. */
    static String commit(Path repo) {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").directory(repo.toFile())
                    .redirectErrorStream(true).start();
            String id = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return git.waitFor(10, TimeUnit.SECONDS) && git.exitValue() == 0 ? id : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    /** A port free now: the service binds it a moment later (other engineers' services may hold the usual ones). */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
