package dev.crosswise.bench.backtest;

/**
 * One method's figures: the three views, the share of training items it ever shows in a top 10, and the share of
 * members it had nothing for.
 */
record MethodScores(String method, ViewScores overall, ViewScores repeat, ViewScores newItems, double coverage,
                    double emptyShare) {
}
