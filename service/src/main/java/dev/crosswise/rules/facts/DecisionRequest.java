package dev.crosswise.rules.facts;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
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
    public int getMonth() { return ZonedDateTime.ofInstant(at, ZoneId.of("UTC")).getMonthValue(); }
    public int getYear() { return ZonedDateTime.ofInstant(at, ZoneId.of("UTC")).getYear(); }
}
