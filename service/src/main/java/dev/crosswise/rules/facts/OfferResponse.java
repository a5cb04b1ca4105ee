package dev.crosswise.rules.facts;

/** The customer's response (SHOWN, CLICKED, ACCEPTED, DISMISSED) to an action of an earlier recorded decision. */
public final class OfferResponse {
    private final String decisionId;
    private final String sku;
    private final String type;
    private final double hoursAgo;

    public OfferResponse(String decisionId, String sku, String type, double hoursAgo) {
        this.decisionId = decisionId;
        this.sku = sku;
        this.type = type;
        this.hoursAgo = hoursAgo;
    }

    public String getDecisionId() { return decisionId; }
    public String getSku() { return sku; }
    /** SHOWN, CLICKED, ACCEPTED or DISMISSED. */
    public String getType() { return type; }
    public double getHoursAgo() { return hoursAgo; }
    public double getDaysAgo() { return hoursAgo / 24.0; }
}
