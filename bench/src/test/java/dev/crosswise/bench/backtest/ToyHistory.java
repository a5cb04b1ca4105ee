package dev.crosswise.bench.backtest;

import dev.crosswise.importing.PurchaseLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A history small enough to score by hand. Baskets (member: date {items}):
 * <pre>
 * 1: 2015-01-01 {a, b}   2015-02-01 {a, c}   2015-03-01 {a, d}
 * 2: 2015-01-15 {b, c}   2015-03-05 {b, e}   2015-04-01 {f}
 * 3: 2015-03-10 {a, e}
 * 4: 2015-02-10 {a, c}
 * </pre>
 * Split on 2015-03-01, training holds 4 baskets: a in 3, c in 3, b in 2; a-c share two baskets, a-b and b-c one each.
 * Members 1 and 2 are warm (1 owns a, b, c; 2 owns b, c), member 3 is cold, member 4 has nothing after the split.
 */
final class ToyHistory {

    static final LocalDate SPLIT = LocalDate.parse("2015-03-01");

    private ToyHistory() {
    }

    static List<PurchaseLine> lines() {
        List<PurchaseLine> lines = new ArrayList<>();
        basket(lines, "1", "2015-01-01", "a", "b");
        basket(lines, "1", "2015-02-01", "a", "c");
        basket(lines, "1", "2015-03-01", "a", "d");
        basket(lines, "2", "2015-01-15", "b", "c");
        basket(lines, "2", "2015-03-05", "b", "e");
        basket(lines, "2", "2015-04-01", "f");
        basket(lines, "3", "2015-03-10", "a", "e");
        basket(lines, "4", "2015-02-10", "a", "c");
        return lines;
    }

    static HistorySplit splitByDate() {
        return HistorySplit.byDate(lines(), SPLIT);
    }

    private static void basket(List<PurchaseLine> lines, String member, String date, String... items) {
        for (String item : items) {
            lines.add(new PurchaseLine(member, LocalDate.parse(date), item));
        }
    }

    /** 1 / log2(rank + 1): what a hit at {@code rank} (1-based) adds to the DCG. */
    static double gain(int rank) {
        return Math.log(2) / Math.log(rank + 1);
    }
}
