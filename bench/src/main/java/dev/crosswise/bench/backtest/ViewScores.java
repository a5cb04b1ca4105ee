package dev.crosswise.bench.backtest;

/** One method's averages over the members of one view (NaN when the view has no member). */
record ViewScores(int members, double hr5, double hr10, double recall5, double recall10, double ndcg5, double ndcg10) {
}
