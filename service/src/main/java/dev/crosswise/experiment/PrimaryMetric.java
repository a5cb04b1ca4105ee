package dev.crosswise.experiment;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What an experiment is judged by. The rates per exposure are the metrics package's (its {@code Metrics} field of the
 * same name), compared with a two-proportion test; the figures per customer cover every customer of the arm, also a
 * held-out one who was shown nothing, and are compared with Welch's t-test (revenue) or a two-proportion test (the
 * share who bought).
 */
enum PrimaryMetric {
    ACCEPTANCE_RATE("acceptanceRate", Unit.EXPOSURES, false),
    CONVERSION_RATE("conversionRate", Unit.EXPOSURES, false),
    CLICK_THROUGH_RATE("clickThroughRate", Unit.EXPOSURES, false),
    /** Customers of the arm who bought anything after their first decision in it / customers. */
    PURCHASE_RATE("purchaseRate", Unit.CUSTOMERS, false),
    /** Revenue of every purchase of the arm's customers after their first decision in it, per customer. */
    REVENUE_PER_CUSTOMER("revenuePerCustomer", Unit.CUSTOMERS, true),
    /** Revenue credited to the arm's offers (attribution), per customer. */
    ATTRIBUTED_REVENUE_PER_CUSTOMER("attributedRevenuePerCustomer", Unit.CUSTOMERS, true);

    enum Unit { EXPOSURES, CUSTOMERS }

    private final String field;
    private final Unit unit;
    private final boolean mean;

    PrimaryMetric(String field, Unit unit, boolean mean) {
        this.field = field;
        this.unit = unit;
        this.mean = mean;
    }

    /** As written in the files and answered by the API, e.g. {@code acceptanceRate}. */
    String field() {
        return field;
    }

    Unit unit() {
        return unit;
    }

    /** A mean per customer (Welch's t-test), not a proportion (two-proportion test). */
    boolean mean() {
        return mean;
    }

    static PrimaryMetric ofField(String field) {
        return Arrays.stream(values()).filter(m -> m.field.equals(field)).findFirst().orElse(null);
    }

    static String known() {
        return Arrays.stream(values()).map(PrimaryMetric::field).collect(Collectors.joining(", "));
    }
}
