package dev.crosswise.rules.facts;

/** Derived: it is night where the customer lives; interrupting channels (SMS, mobile push) stay silent. */
public final class InQuietHours {
    private final int localHour;

    public InQuietHours(int localHour) {
        this.localHour = localHour;
    }

    public int getLocalHour() { return localHour; }
}
