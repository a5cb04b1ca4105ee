package dev.crosswise.bench.backtest;

/**
 * One method's figures: the three views, the share of training items it ever shows in a top 10, the share of
 * members it had nothing for, and how many items its answers held on average (at most the limit asked).
 */
record MethodScores(String method, ViewScores overall, ViewScores repeat, ViewScores newItems, double coverage,
                    double emptyShare, double meanItems) {
}
