package dev.crosswise.bench.backtest;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The figures as text: one table per view, methods as rows; plain for the terminal, Markdown for the report. */
final class BacktestTable {

    static final String OVERALL = "Overall: the whole target basket, the ranking as answered";
    static final String REPEAT = "Repeat: the target's items the member bought in training, the ranking as answered";
    static final String NEW = "New: the target's items new to the member, against the method's first items new to the member";

    private BacktestTable() {
    }

    static String plain(List<MethodScores> rows) {
        StringBuilder out = new StringBuilder();
        view(out, OVERALL, rows, MethodScores::overall, true, false);
        view(out, REPEAT, rows, MethodScores::repeat, false, false);
        view(out, NEW, rows, MethodScores::newItems, false, false);
        return out.toString();
    }

    static String markdown(List<MethodScores> rows) {
        StringBuilder out = new StringBuilder();
        view(out, OVERALL, rows, MethodScores::overall, true, true);
        view(out, REPEAT, rows, MethodScores::repeat, false, true);
        view(out, NEW, rows, MethodScores::newItems, false, true);
        return out.toString();
    }

    private static void view(StringBuilder out, String title, List<MethodScores> rows,
                             Function<MethodScores, ViewScores> view, boolean withCoverage, boolean markdown) {
        List<String> header = withCoverage
                ? List.of("members", "HR@5", "HR@10", "R@5", "R@10", "NDCG@5", "NDCG@10", "coverage", "empty", "items")
                : List.of("members", "HR@5", "HR@10", "R@5", "R@10", "NDCG@5", "NDCG@10");
        if (markdown) {
            out.append("### ").append(title).append("\n\n| method | ").append(String.join(" | ", header)).append(" |\n|---")
                    .append("|---:".repeat(header.size())).append("|\n");
        } else {
            out.append(title).append('\n').append("%-34s".formatted("method"));
            header.forEach(h -> out.append("%9s".formatted(h)));
            out.append('\n');
        }
        for (MethodScores row : rows) {
            ViewScores s = view.apply(row);
            List<String> cells = new java.util.ArrayList<>(List.of(String.format(Locale.ROOT, "%,d", s.members()), f(s.hr5()), f(s.hr10()),
                    f(s.recall5()), f(s.recall10()), f(s.ndcg5()), f(s.ndcg10())));
            if (withCoverage) {
                cells.add(f(row.coverage()));
                cells.add(f(row.emptyShare()));
                cells.add(Double.isNaN(row.meanItems()) ? "-" : String.format(Locale.ROOT, "%.1f", row.meanItems()));
            }
            if (markdown) {
                out.append("| ").append(row.method()).append(" | ").append(String.join(" | ", cells)).append(" |\n");
            } else {
                out.append("%-34s".formatted(row.method()));
                cells.forEach(c -> out.append("%9s".formatted(c)));
                out.append('\n');
            }
        }
        out.append('\n');
    }

    private static String f(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.4f", value);
    }
}
