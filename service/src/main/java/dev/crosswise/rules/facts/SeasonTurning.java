package dev.crosswise.rules.facts;

/** Derived: a season is about to start, or has just started: its products are timely. */
public final class SeasonTurning {
    private final String season;
    private final String text;

    public SeasonTurning(String season, String text) {
        this.season = season;
        this.text = text;
    }

    public String getSeason() { return season; }
    public String getText() { return text; }
}
