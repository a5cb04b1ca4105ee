package dev.crosswise.bench.scale;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The scale curve's figures as a Markdown table (with the profiles' plans) and as a PNG plot against the graph's size. */
public final class ScaleReport {

    /** The goal (#30): the largest graph's latency within this factor of the smallest's. */
    public static final double LATENCY_GOAL = 1.5;

    private ScaleReport() {
    }

    /** The largest size's p50 over the smallest's, with {@code clients} 1 or the loaded step's; NaN with one size. */
    public static double latencyGrowth(List<ScalePoint> points, boolean loaded) {
        if (points.size() < 2) {
            return Double.NaN;
        }
        ToDoubleFunction<ScalePoint> p50 = p -> (loaded ? p.whatNextLoaded() : p.whatNextSingle()).p50Ms();
        return p50.applyAsDouble(points.getLast()) / p50.applyAsDouble(points.getFirst());
    }

    public static String markdown(String title, List<String> preamble, List<ScalePoint> points) {
        StringBuilder md = new StringBuilder("# ").append(title).append("\n\n");
        preamble.forEach(line -> md.append(line).append("  \n"));
        int clients = points.isEmpty() ? 8 : points.getFirst().whatNextLoaded().clients();
        md.append(("\n| size | customers | OWNS | events | decisions | import | store | page cache | heap used / live | RSS "
                + "| whatNext 1 client p50 / p99 | 1 client /s | whatNext %d clients p50 / p99 | %d clients /s "
                + "| peer %d clients p50 / p99 | peer /s | customer read: db hits / rows | peer: db hits / rows |\n")
                .formatted(clients, clients, clients));
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (ScalePoint p : points) {
            md.append("| %d× | %s | %s | %s | %s | %s | %s | %s | %s / %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n".formatted(
                    p.factor(), count(p.customers()), count(p.counts().getOrDefault("OWNS", 0L)),
                    count(p.counts().getOrDefault("Event", 0L)), count(p.counts().getOrDefault("Decision", 0L)),
                    importTime(p),
                    mib(p.storeBytes()), p.pageCache(), mib(p.heapUsedBytes()), mib(p.heapLiveBytes()), mib(p.residentBytes()),
                    latency(p.whatNextSingle()), rate(p.whatNextSingle()), latency(p.whatNextLoaded()), rate(p.whatNextLoaded()),
                    latency(p.peerLoaded()), rate(p.peerLoaded()), hits(p.customerRead()), hits(p.peerQuery())));
        }
        double single = latencyGrowth(points, false);
        double loaded = latencyGrowth(points, true);
        if (!Double.isNaN(single)) {
            md.append("\nLatency growth, %d× over %d× (p50): 1 client %.2f×, %d clients %.2f× — goal ≤ %.1f×: %s.\n".formatted(
                    points.getLast().factor(), points.getFirst().factor(), single, clients, loaded, LATENCY_GOAL,
                    single <= LATENCY_GOAL && loaded <= LATENCY_GOAL ? "met" : "not met"));
        }
        md.append("\nTimes in ms, throughput in calls per second; sizes in MiB. Import: wall time of the offline import, "
                + "the schema's indexes and the demand derivation (reused: of the run that imported the size).\n");
        for (ScalePoint p : points) {
            md.append("\n## %d×: PROFILE of the typical customer's reads\n\n".formatted(p.factor()));
            plan(md, "The decision's customer read (`CustomerContextReader.CONTEXT_QUERY`)", p.customerRead());
            plan(md, "The peer's query", p.peerQuery());
        }
        return md.toString();
    }

    private static void plan(StringBuilder md, String what, QueryProfile profile) {
        if (profile == null) {
            md.append(what).append(": not profiled\n\n");
            return;
        }
        md.append("%s: %s db hits, %s rows (profiled: first result after %d ms)\n\n```text\n%s\n```\n\n"
                .formatted(what, count(profile.dbHits()), count(profile.rows()), profile.availableAfterMs(), profile.plan()));
    }

    private static final Color ONE_CLIENT = new Color(0x1f77b4);
    private static final Color LOADED = new Color(0xd62728);
    private static final Color PEER = new Color(0x2ca02c);
    private static final BasicStroke SOLID = new BasicStroke(2.5f);
    private static final BasicStroke DASHED = new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {8f, 6f}, 0f);

    /**
     * Latency (p50 solid, p99 dashed; top) and throughput (bottom) against the graph's size, as multiples of the
     * base graph; 1 client blue, the loaded step red, the peer green. A PNG of {@code width} x {@code height}.
     */
    public static Path plot(String title, List<ScalePoint> points, Path png, int width, int height) throws IOException {
        long baseCustomers = points.isEmpty() ? 0 : points.getFirst().customers() / points.getFirst().factor();
        NumberAxis size = new NumberAxis("graph size (× the base graph: %s customers; catalog fixed)".formatted(count(baseCustomers)));
        size.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        size.setAutoRangeIncludesZero(true);
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(size);
        combined.setGap(14);
        int clients = points.isEmpty() ? 8 : points.getFirst().whatNextLoaded().clients();

        List<Line> latency = List.of(
                new Line("whatNext 1 client p50", ONE_CLIENT, SOLID, p -> p.whatNextSingle().p50Ms()),
                new Line("whatNext 1 client p99", ONE_CLIENT, DASHED, p -> p.whatNextSingle().p99Ms()),
                new Line("whatNext " + clients + " clients p50", LOADED, SOLID, p -> p.whatNextLoaded().p50Ms()),
                new Line("whatNext " + clients + " clients p99", LOADED, DASHED, p -> p.whatNextLoaded().p99Ms()));
        combined.add(subplot(latency, points, "latency (ms)"), 1);
        List<Line> throughput = List.of(
                new Line("whatNext 1 client /s", ONE_CLIENT, SOLID, p -> p.whatNextSingle().perSecond()),
                new Line("whatNext " + clients + " clients /s", LOADED, SOLID, p -> p.whatNextLoaded().perSecond()),
                new Line("peer (Cypher) " + clients + " clients /s", PEER, SOLID, p -> p.peerLoaded().perSecond()));
        combined.add(subplot(throughput, points, "throughput (calls/s)"), 1);

        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, combined, true);
        chart.setBackgroundPaint(Color.WHITE);
        Files.createDirectories(png.toAbsolutePath().getParent());
        ChartUtils.saveChartAsPNG(png.toFile(), chart, width, height);
        return png;
    }

    /** One curve of the plot. */
    private record Line(String name, Color colour, BasicStroke stroke, ToDoubleFunction<ScalePoint> value) {
    }

    private static XYPlot subplot(List<Line> lines, List<ScalePoint> points, String label) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int s = 0; s < lines.size(); s++) {
            Line line = lines.get(s);
            XYSeries series = new XYSeries(line.name());
            for (ScalePoint p : points) {
                double y = line.value().applyAsDouble(p);
                if (!Double.isNaN(y)) {
                    series.add(p.factor(), y);
                }
            }
            data.addSeries(series);
            renderer.setSeriesPaint(s, line.colour());
            renderer.setSeriesStroke(s, line.stroke());
        }
        NumberAxis range = new NumberAxis(label);
        range.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(data, null, range, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        return plot;
    }

    private static String importTime(ScalePoint p) {
        if (p.importMode().equals("reused")) {
            return Double.isNaN(p.importSeconds()) ? "reused" : "%.0f s (reused)".formatted(p.importSeconds());
        }
        return "%.0f s (%s)".formatted(p.importSeconds(), p.importMode());
    }

    private static String latency(ScalePoint.Step step) {
        return "%.2f / %.2f".formatted(step.p50Ms(), step.p99Ms());
    }

    private static String rate(ScalePoint.Step step) {
        return count(Math.round(step.perSecond()));
    }

    private static String hits(QueryProfile profile) {
        return profile == null ? "—" : "%s / %s".formatted(count(profile.dbHits()), count(profile.rows()));
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n).replace(',', ' ');
    }

    private static String mib(long bytes) {
        return bytes < 0 ? "?" : String.format(Locale.ROOT, "%,d", (bytes + (1 << 19)) >> 20).replace(',', ' ');
    }
}
