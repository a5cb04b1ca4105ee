package dev.crosswise.rules.facts;

/** Derived: the decision falls in a gift season. */
public final class InGiftSeason {
    private final String name;
    private final long daysToGo;

    public InGiftSeason(String name, long daysToGo) {
        this.name = name;
        this.daysToGo = daysToGo;
    }

    public String getName() { return name; }
    /** Days until the gift day itself. */
    public long getDaysToGo() { return daysToGo; }
}
