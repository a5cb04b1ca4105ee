package dev.crosswise.bench.backtest;

import java.util.function.Function;

/** A way to rank items for a member, scored side by side with the others: Crosswise or a baseline. */
record Method(String name, Function<TestMember, MemberAnswer> answers) {
}
