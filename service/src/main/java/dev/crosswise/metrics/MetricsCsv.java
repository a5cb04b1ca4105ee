package dev.crosswise.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A metrics report as CSV (RFC 4180): a header, then a row for the totals, one per group, one per bucket. A rate is
 * three columns — value (empty for 0 of 0), numerator, denominator — so a spreadsheet can recompute it over rows.
 */
final class MetricsCsv {

    private record Column(String name, Function<Metrics, Object> value) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("decisions", Metrics::decisions),
            new Column("exposures", Metrics::exposures),
            new Column("clicks", Metrics::clicks),
            new Column("acceptances", Metrics::acceptances),
            new Column("dismissals", Metrics::dismissals),
            new Column("attributed_purchases", Metrics::attributedPurchases),
            new Column("attributed_revenue", Metrics::attributedRevenue),
            new Column("attributed_margin", Metrics::attributedMargin),
            new Column("attributed_discount", Metrics::attributedDiscount),
            new Column("revenue_per_decision", Metrics::revenuePerDecision),
            new Column("median_hours_to_secondary_purchase", Metrics::medianHoursToSecondaryPurchase),
            new Column("cross_sell_aov", Metrics::crossSellAov),
            new Column("other_aov", Metrics::otherAov));

    private record RateColumn(String name, Function<Metrics, Rate> rate) {
    }

    private static final List<RateColumn> RATES = List.of(
            new RateColumn("acceptance_rate", Metrics::acceptanceRate),
            new RateColumn("click_through_rate", Metrics::clickThroughRate),
            new RateColumn("conversion_rate", Metrics::conversionRate),
            new RateColumn("category_expansion_rate", Metrics::categoryExpansionRate),
            new RateColumn("return_rate_recommended", Metrics::returnRateRecommended),
            new RateColumn("return_rate_all", Metrics::returnRateAll),
            new RateColumn("repeat_purchase_share", Metrics::repeatPurchaseShare));

    private MetricsCsv() {
    }

    static String of(MetricsReport report) {
        List<String> header = new ArrayList<>(List.of("slice", "bucket_start"));
        report.groupBy().forEach(d -> header.add(d.name().toLowerCase(Locale.ROOT)));
        COLUMNS.forEach(c -> header.add(c.name()));
        RATES.forEach(r -> {
            header.add(r.name());
            header.add(r.name() + "_numerator");
            header.add(r.name() + "_denominator");
        });
        header.add("suppressions_by_rule");

        StringBuilder csv = new StringBuilder();
        line(csv, header);
        List<String> noKey = report.groupBy().stream().map(d -> "").toList();
        line(csv, row("total", "", noKey, report.totals()));
        report.groups().forEach(g -> line(csv, row("group", "", g.key(), g.metrics())));
        report.series().forEach(p -> line(csv, row("bucket", p.start().toString(), noKey, p.metrics())));
        return csv.toString();
    }

    private static List<String> row(String slice, String bucketStart, List<String> key, Metrics metrics) {
        List<String> row = new ArrayList<>(List.of(slice, bucketStart));
        row.addAll(key);
        COLUMNS.forEach(c -> row.add(text(c.value().apply(metrics))));
        RATES.forEach(r -> {
            Rate rate = r.rate().apply(metrics);
            row.add(text(rate.value()));
            row.add(text(rate.numerator()));
            row.add(text(rate.denominator()));
        });
        row.add(metrics.suppressionsByRule().stream().map(c -> c.rule() + "=" + c.count())
                .collect(Collectors.joining("; ")));
        return row;
    }

    private static String text(Object value) {
        return switch (value) {
            case null -> "";
            case Double d when d == Math.rint(d) && !d.isInfinite() -> Long.toString(d.longValue());
            case Double d -> Double.toString(d);
            default -> value.toString();
        };
    }

    private static void line(StringBuilder csv, List<String> cells) {
        csv.append(cells.stream().map(MetricsCsv::quoted).collect(Collectors.joining(","))).append("\r\n");
    }

    /** Quoted when needed, and a leading =, +, - or @ defused: a rule name must not run as a spreadsheet formula. */
    private static String quoted(String cell) {
        String safe = !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-?[0-9.]+") ? "'" + cell : cell;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
