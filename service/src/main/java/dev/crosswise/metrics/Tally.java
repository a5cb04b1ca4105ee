package dev.crosswise.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * The additive parts of {@link Metrics} for one slice, summed from query rows: counts, sums, the hours to each
 * secondary purchase (for the median), order values, and suppressions per rule. Rates are made only at the end, from
 * the summed numerators and denominators, never by averaging rates.
 */
final class Tally {

    private long decisions;
    private long exposures;
    private long clicks;
    private long acceptances;
    private long dismissals;
    private long convertedNotAccepted;
    private long converted;
    private long purchases;
    private double revenue;
    private double margin;
    private double discount;
    private long returned;
    private long newCategory;
    private long repeats;
    private final List<Double> hours = new ArrayList<>();
    private double creditedOrderValue;
    private long creditedOrders;
    private double orderValue;
    private long orders;
    private long purchaseLines;
    private long returnedLines;
    private final Map<String, Long> suppressions = new TreeMap<>();

    void addDecisions(long count) {
        decisions += count;
    }

    /** A row of the exposures query; {@code countDecisions}: false where decisions are counted on their own. */
    void addExposures(Record row, boolean countDecisions) {
        if (countDecisions) {
            decisions += row.get("decisions").asLong();
        }
        exposures += row.get("exposures").asLong();
        clicks += row.get("clicks").asLong();
        acceptances += row.get("acceptances").asLong();
        dismissals += row.get("dismissals").asLong();
    }

    /** A row of the credits query: what was credited to exposures of the slice. */
    void addCredits(Record row) {
        converted += row.get("converted").asLong();
        convertedNotAccepted += row.get("convertedNotAccepted").asLong();
        purchases += row.get("purchases").asLong();
        revenue += row.get("revenue").asDouble();
        margin += row.get("margin").asDouble();
        discount += row.get("discount").asDouble(0);
        returned += row.get("returned").asLong();
        newCategory += row.get("newCategory").asLong();
        repeats += row.get("repeats").asLong();
        for (Value perExposure : row.get("hours").values()) {
            perExposure.values().forEach(h -> hours.add(h.asDouble()));
        }
    }

    void addSuppressions(String rule, long count) {
        suppressions.merge(rule, count, Long::sum);
    }

    /** {@code count} orders worth {@code value} together, credited or not. */
    void addOrders(long count, double value) {
        orders += count;
        orderValue += value;
    }

    /** {@code count} orders worth {@code value} together with a credited line (also counted by {@link #addOrders}). */
    void addCreditedOrders(long count, double value) {
        creditedOrders += count;
        creditedOrderValue += value;
    }

    void addPurchaseLines(long lines, long returnedLines) {
        this.purchaseLines += lines;
        this.returnedLines += returnedLines;
    }

    /**
     * A group's orders are its credited ones; the orders without a credited line, and the lines, are the period's,
     * the same for every group.
     */
    void sharePeriodOrders(Tally period) {
        orders = period.orders - period.creditedOrders + creditedOrders;
        orderValue = period.orderValue - period.creditedOrderValue + creditedOrderValue;
        purchaseLines = period.purchaseLines;
        returnedLines = period.returnedLines;
    }

    Metrics metrics() {
        return new Metrics(decisions, exposures, clicks, acceptances, dismissals, purchases, round(revenue), round(margin),
                round(discount),
                new Rate(acceptances + convertedNotAccepted, exposures), new Rate(clicks, exposures), new Rate(converted, exposures),
                decisions == 0 ? null : round(revenue / decisions), median(hours), new Rate(newCategory, purchases),
                creditedOrders == 0 ? null : round(creditedOrderValue / creditedOrders),
                orders == creditedOrders ? null : round((orderValue - creditedOrderValue) / (orders - creditedOrders)),
                new Rate(returned, purchases), new Rate(returnedLines, purchaseLines), new Rate(repeats, purchases),
                suppressions.entrySet().stream().map(e -> new RuleCount(e.getKey(), e.getValue()))
                        .sorted(Comparator.comparingLong(RuleCount::count).reversed().thenComparing(RuleCount::rule))
                        .toList());
    }

    static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        double median = sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
        return round(median);
    }

    /** Money and hours to the cent: sums of doubles otherwise print as 59.900000000000006. */
    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
