package dev.crosswise.rules.facts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/** What was asked: for whom, when, where it will be shown, and on which channel if fixed. */
public final class DecisionRequest {
    private final String customerId;
    private final Instant at;
    private final Channel requestedChannel;
    private final String placement;
    private final String productSku;
    private final Set<String> cartSkus;

    public DecisionRequest(String customerId, Instant at, Channel requestedChannel, String placement,
                           String productSku, Set<String> cartSkus) {
        this.customerId = customerId;
        this.at = at;
        this.requestedChannel = requestedChannel;
        this.placement = placement;
        this.productSku = productSku;
        this.cartSkus = Set.copyOf(cartSkus);
    }

    public String getCustomerId() { return customerId; }
    public Instant getAt() { return at; }
    public Channel getRequestedChannel() { return requestedChannel; }
    public String getPlacement() { return placement == null ? "" : placement; }
    public String getProductSku() { return productSku; }
    public Set<String> getCartSkus() { return cartSkus; }
    public boolean isAtCheckout() { return "CHECKOUT".equals(placement); }

    /** Month of the decision time (1..12), UTC: seasonal rules read it. */
    public int getMonth() { return date().getMonthValue(); }
    public int getYear() { return date().getYear(); }

    /**
     * The meteorological season of the decision date (northern hemisphere): WINTER is December to February,
     * SPRING March to May, SUMMER June to August, AUTUMN September to November.
     */
    public String getSeason() { return SEASONS[(getMonth() % 12) / 3]; }
    /** The season that starts next. */
    public String getNextSeason() { return SEASONS[((getMonth() % 12) / 3 + 1) % 4]; }
    /** Days from the decision date to the first day of the next season. */
    public long getDaysToNextSeason() { return ChronoUnit.DAYS.between(date(), seasonStart().plusMonths(3)); }
    /** Days since the first day of the current season (0 on that day). */
    public long getDaysIntoSeason() { return ChronoUnit.DAYS.between(seasonStart(), date()); }

    /** Days from the decision date to the next {@code month}/{@code day} (0 on the day itself): gift seasons read it. */
    public long daysUntil(int month, int day) {
        LocalDate next = LocalDate.of(getYear(), month, day);
        if (next.isBefore(date())) {
            next = next.plusYears(1);
        }
        return ChronoUnit.DAYS.between(date(), next);
    }

    private static final String[] SEASONS = {"WINTER", "SPRING", "SUMMER", "AUTUMN"};

    private LocalDate date() {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    private LocalDate seasonStart() {
        LocalDate date = date();
        int startMonth = ((date.getMonthValue() % 12) / 3) * 3;   // 0 = December of the previous year
        return startMonth == 0
                ? LocalDate.of(date.getMonthValue() == 12 ? date.getYear() : date.getYear() - 1, 12, 1)
                : LocalDate.of(date.getYear(), startMonth, 1);
    }
}
