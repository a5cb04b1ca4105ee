package dev.crosswise.rules.facts;

/** How a candidate was found in the graph. */
public enum Strategy {
    COMPLETION, EVOLUTION, ECOSYSTEM, COMPLEMENT, UPSELL, REPLENISHMENT, POPULAR
}
