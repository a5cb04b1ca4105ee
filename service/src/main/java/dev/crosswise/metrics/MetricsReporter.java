package dev.crosswise.metrics;

import dev.crosswise.attribution.AttributionProperties;
import dev.crosswise.catalog.Catalog;
import dev.crosswise.catalog.Product;
import dev.crosswise.promotion.Promotion;
import dev.crosswise.promotion.Promotions;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/**
 * Builds a metrics report: the period's totals, one slice per group key, one per time bucket. Exposure counts are
 * additive across keys (each exposure has one value per dimension) and buckets (each decision falls in one), so one
 * query row per key and bucket makes all three; decisions are not additive across keys (one decision shows several
 * strategies), so totals and series count them on their own.
 */
@Service
public class MetricsReporter {

    /** How many products the most offered and most converting lists hold. */
    static final int TOP_PRODUCTS = 10;

    private final MetricsQueries queries;
    private final MetricsDayCache dayCache;
    private final Catalog catalog;
    /** The promotions a report names in its promotions' costs. */
    private final Promotions promotions;
    private final AttributionProperties windows;
    /**
     * The six reads of a report are independent: Neo4j runs them side by side, so on enough cores a report takes as
     * long as its longest read (the exposures), not their sum. Few threads: reports are for analysts, not traffic.
     */
    private final ExecutorService reads = Executors.newFixedThreadPool(6, Thread.ofPlatform().name("metrics-read-", 0)
            .daemon().factory());

    MetricsReporter(MetricsQueries queries, MetricsDayCache dayCache, Catalog catalog, AttributionProperties windows,
                    Promotions promotions) {
        this.promotions = promotions;
        this.queries = queries;
        this.dayCache = dayCache;
        this.catalog = catalog;
        this.windows = windows;
    }

    @PreDestroy
    void stop() {
        reads.shutdownNow();
    }

    private <T> CompletableFuture<T> read(Supplier<T> query) {
        return CompletableFuture.supplyAsync(query, reads);
    }

    private static <T> T joined(CompletableFuture<T> read) {
        try {
            return read.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    public MetricsReport report(OffsetDateTime from, OffsetDateTime to, List<MetricDimension> groupBy,
                                MetricInterval interval) {
        MetricsRequest request = MetricsRequest.of(from, to, groupBy, interval);
        Tally totals = new Tally();
        Map<List<String>, Tally> groups = new TreeMap<>(MetricsReporter::compareKeys);
        Map<ZonedDateTime, Tally> series = new LinkedHashMap<>();
        if (interval != null) {
            request.buckets().forEach(bucket -> series.put(bucket, new Tally()));
        }
        Function<Record, Tally> seriesOf = row -> interval == null ? null : series.get(bucketOf(row));
        MetricsReads reads = readsOf(request);

        for (Record row : reads.decisions()) {
            long decisions = row.get("decisions").asLong();
            totals.addDecisions(decisions);
            addIfPresent(seriesOf.apply(row), t -> t.addDecisions(decisions));
        }
        for (Record row : reads.exposures()) {
            totals.addExposures(row, false);
            addIfPresent(seriesOf.apply(row), t -> t.addExposures(row, false));
            if (!request.groupBy().isEmpty()) {
                groups.computeIfAbsent(keyOf(row.get("key")), k -> new Tally()).addExposures(row, true);
            }
        }
        for (Record row : reads.credits()) {
            totals.addCredits(row);
            addIfPresent(seriesOf.apply(row), t -> t.addCredits(row));
            if (!request.groupBy().isEmpty()) {
                groups.computeIfAbsent(keyOf(row.get("key")), k -> new Tally()).addCredits(row);
            }
        }
        boolean groupsHaveSuppressions = request.groupBy().stream().allMatch(MetricDimension::describesSuppressions);
        for (Record row : reads.suppressions()) {
            String rule = row.get("rule").asString();
            long count = row.get("count").asLong();
            totals.addSuppressions(rule, count);
            addIfPresent(seriesOf.apply(row), t -> t.addSuppressions(rule, count));
            if (!request.groupBy().isEmpty() && groupsHaveSuppressions) {
                groups.computeIfAbsent(keyOf(row.get("key")), k -> new Tally()).addSuppressions(rule, count);
            }
        }
        for (Record row : reads.orders()) {
            long orders = row.get("orders").asLong();
            double value = row.get("value").asDouble();
            long lines = row.get("lines").asLong();
            long returnedLines = row.get("returnedLines").asLong();
            totals.addOrders(orders, value);
            totals.addPurchaseLines(lines, returnedLines);
            addIfPresent(seriesOf.apply(row), t -> {
                t.addOrders(orders, value);
                t.addPurchaseLines(lines, returnedLines);
            });
        }
        for (Record row : reads.creditedOrders()) {
            long orders = row.get("orders").asLong();
            double value = row.get("value").asDouble();
            totals.addCreditedOrders(orders, value);
            addIfPresent(seriesOf.apply(row), t -> t.addCreditedOrders(orders, value));
            if (!request.groupBy().isEmpty()) {
                for (Value order : row.get("creditedOrders").values()) {
                    for (List<String> key : new HashSet<>(order.get("keys").asList(MetricsReporter::keyOf))) {
                        groups.computeIfAbsent(key, k -> new Tally()).addCreditedOrders(1, order.get("value").asDouble());
                    }
                }
            }
        }
        groups.values().forEach(group -> group.sharePeriodOrders(totals));

        return new MetricsReport(from, to, request.groupBy(), interval, totals.metrics(),
                groups.entrySet().stream().map(e -> new MetricGroup(e.getKey(), e.getValue().metrics())).toList(),
                series.entrySet().stream().map(e -> new MetricPoint(e.getKey().toOffsetDateTime(), e.getValue().metrics()))
                        .toList(),
                hours(windows.clickThroughWindow()), hours(windows.viewThroughWindow()),
                memoized(() -> topProducts(request)), memoized(() -> promotionSpend(request)));
    }

    /** Per promotion of the period's offers: offers, promised savings, credited purchases, revenue, discount given. */
    private List<PromotionSpend> promotionSpend(MetricsRequest request) {
        var offerRows = read(() -> queries.promotionOffers(request));
        Map<String, Record> credits = new HashMap<>();
        joined(read(() -> queries.promotionCredits(request)))
                .forEach(row -> credits.put(row.get("promotion").asString(), row));
        Set<String> ids = new java.util.TreeSet<>(credits.keySet());
        Map<String, Record> offers = new HashMap<>();
        joined(offerRows).forEach(row -> offers.put(row.get("promotion").asString(), row));
        ids.addAll(offers.keySet());
        Map<String, Promotion> known = promotions.byId();
        return ids.stream().map(id -> {
            Record offered = offers.get(id);
            Record credited = credits.get(id);
            return new PromotionSpend(id, known.get(id), offered == null ? 0 : offered.get("offers").asLong(),
                    offered == null ? 0 : Tally.round(offered.get("promised").asDouble()),
                    credited == null ? 0 : credited.get("purchases").asLong(),
                    credited == null ? 0 : Tally.round(credited.get("revenue").asDouble()),
                    credited == null ? 0 : Tally.round(credited.get("discount").asDouble()));
        }).sorted(Comparator.comparingDouble(PromotionSpend::discount).reversed()
                .thenComparing(Comparator.comparingLong(PromotionSpend::offers).reversed())
                .thenComparing(PromotionSpend::promotionId)).toList();
    }

    /**
     * The rows of the period: the whole days kept from earlier reports and not changed since, the other whole days
     * read (in runs of consecutive days, one read each) and kept, and the part-days at either end read afresh.
     */
    private MetricsReads readsOf(MetricsRequest request) {
        if (!dayCache.enabled()) {
            return started(request).join();
        }
        dayCache.forgetChangedDays();
        ZonedDateTime firstMidnight = request.from().truncatedTo(ChronoUnit.DAYS);
        if (firstMidnight.isBefore(request.from())) {
            firstMidnight = firstMidnight.plusDays(1);
        }
        ZonedDateTime lastMidnight = request.to().truncatedTo(ChronoUnit.DAYS);
        if (!firstMidnight.isBefore(lastMidnight)) {
            return started(request).join(); // no whole day in the period
        }
        List<MetricsReads> parts = new ArrayList<>();
        List<PendingReads> partDays = new ArrayList<>();
        List<PendingReads> runs = new ArrayList<>();
        if (request.from().isBefore(firstMidnight)) {
            partDays.add(started(request.over(request.from(), firstMidnight)));
        }
        ZonedDateTime runStart = null;
        for (ZonedDateTime day = firstMidnight; day.isBefore(lastMidnight); day = day.plusDays(1)) {
            var cached = dayCache.day(keyOf(request, day));
            if (cached.isPresent()) {
                parts.add(cached.get());
                if (runStart != null) {
                    runs.add(started(request.over(runStart, day)));
                    runStart = null;
                }
            } else if (runStart == null) {
                runStart = day;
            }
        }
        if (runStart != null) {
            runs.add(started(request.over(runStart, lastMidnight)));
        }
        if (lastMidnight.isBefore(request.to())) {
            partDays.add(started(request.over(lastMidnight, request.to())));
        }
        for (PendingReads run : runs) {
            MetricsReads reads = run.join();
            parts.add(reads);
            keepDays(request, run.request(), reads);
        }
        partDays.forEach(partDay -> parts.add(partDay.join()));
        return MetricsReads.concat(parts);
    }

    /** Keeps each day of a read of whole days, the days without any row included (as empty). */
    private void keepDays(MetricsRequest request, MetricsRequest read, MetricsReads reads) {
        Map<LocalDate, MetricsReads> byDay = reads.byDay();
        for (ZonedDateTime day = read.from(); day.isBefore(read.to()); day = day.plusDays(1)) {
            dayCache.keep(keyOf(request, day), byDay.getOrDefault(day.toLocalDate(), MetricsReads.NONE));
        }
    }

    private static MetricsDayCache.Key keyOf(MetricsRequest request, ZonedDateTime day) {
        return new MetricsDayCache.Key(request.groupBy(), request.interval(), day.toLocalDate());
    }

    /** The six reads of a period, started side by side. */
    private PendingReads started(MetricsRequest request) {
        return new PendingReads(request, read(() -> queries.decisions(request)), read(() -> queries.exposures(request)),
                read(() -> queries.credits(request)), read(() -> queries.suppressions(request)),
                read(() -> queries.orders(request)), read(() -> queries.creditedOrders(request)));
    }

    private record PendingReads(MetricsRequest request, CompletableFuture<List<Record>> decisions,
                                CompletableFuture<List<Record>> exposures, CompletableFuture<List<Record>> credits,
                                CompletableFuture<List<Record>> suppressions, CompletableFuture<List<Record>> orders,
                                CompletableFuture<List<Record>> creditedOrders) {

        MetricsReads join() {
            return new MetricsReads(joined(decisions), joined(exposures), joined(credits), joined(suppressions),
                    joined(orders), joined(creditedOrders));
        }
    }

    /** A product's figures before its node is read: only the top ones are. */
    private record Offered(String sku, long exposures, long converted, long purchases, double revenue) {
    }

    /**
     * The {@link #TOP_PRODUCTS} most offered and the {@link #TOP_PRODUCTS} most bought as a result (ties: the higher
     * credited revenue, then the sku); a product never bought as a result is not "converting".
     */
    private MetricsReport.TopProducts topProducts(MetricsRequest request) {
        var exposureRows = read(() -> queries.products(request));
        Map<String, Record> credits = new HashMap<>();
        joined(read(() -> queries.productCredits(request))).forEach(row -> credits.put(row.get("sku").asString(), row));
        List<Offered> offered = joined(exposureRows).stream().map(row -> {
            String sku = row.get("sku").asString();
            Record credited = credits.get(sku);
            return credited == null ? new Offered(sku, row.get("exposures").asLong(), 0, 0, 0)
                    : new Offered(sku, row.get("exposures").asLong(), credited.get("converted").asLong(),
                            credited.get("purchases").asLong(), credited.get("revenue").asDouble());
        }).toList();
        List<Offered> mostOffered = offered.stream()
                .sorted(Comparator.comparingLong(Offered::exposures).reversed()
                        .thenComparing(Comparator.comparingDouble(Offered::revenue).reversed())
                        .thenComparing(Offered::sku))
                .limit(TOP_PRODUCTS).toList();
        List<Offered> mostConverting = offered.stream().filter(o -> o.purchases() > 0)
                .sorted(Comparator.comparingLong(Offered::purchases).reversed()
                        .thenComparing(Comparator.comparingDouble(Offered::revenue).reversed())
                        .thenComparing(Offered::sku))
                .limit(TOP_PRODUCTS).toList();
        Set<String> skus = new HashSet<>();
        mostOffered.forEach(o -> skus.add(o.sku()));
        mostConverting.forEach(o -> skus.add(o.sku()));
        Map<String, Product> products = catalog.findAll(skus);
        Function<List<Offered>, List<ProductMetrics>> described = list -> list.stream()
                .filter(o -> products.containsKey(o.sku()))
                .map(o -> new ProductMetrics(products.get(o.sku()), o.exposures(), o.purchases(), Tally.round(o.revenue()),
                        new Rate(o.converted(), o.exposures())))
                .toList();
        return new MetricsReport.TopProducts(described.apply(mostOffered), described.apply(mostConverting));
    }

    /** Computed on the first call, then kept: both product lists come from one read. */
    private static <T> Supplier<T> memoized(Supplier<T> compute) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = compute.get();
                }
                return value;
            }
        };
    }

    private static ZonedDateTime bucketOf(Record row) {
        Value bucket = row.get("bucket");
        return bucket.isNull() ? null : bucket.asZonedDateTime().withZoneSameInstant(ZoneOffset.UTC);
    }

    private static void addIfPresent(Tally tally, Consumer<Tally> add) {
        if (tally != null) {
            add.accept(tally);
        }
    }

    private static List<String> keyOf(Value key) {
        return key.asList(Value::asString);
    }

    private static int compareKeys(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int compared = a.get(i).compareTo(b.get(i));
            if (compared != 0) {
                return compared;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static double hours(Duration window) {
        return window.toMinutes() / 60.0;
    }
}
