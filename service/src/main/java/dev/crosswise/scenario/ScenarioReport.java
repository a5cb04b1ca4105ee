package dev.crosswise.scenario;

import dev.crosswise.rules.RuleProblem;
import java.util.List;

/** The text an analyst reads after a check: one PASS / FAIL / SKIP line per scenario, and for a failure what differed. */
public final class ScenarioReport {

    private ScenarioReport() {
    }

    /** Only the lines of {@code failed}, without a count: for a log line that says already how many of how many. */
    public static String failures(List<ScenarioResult> failed) {
        StringBuilder out = new StringBuilder();
        lines(failed, out);
        return out.toString();
    }

    public static String of(List<RuleProblem> fileProblems, List<ScenarioResult> results) {
        StringBuilder out = new StringBuilder();
        for (RuleProblem problem : fileProblems) {
            out.append("ERROR ").append(problem).append('\n');
        }
        lines(results, out);
        long pass = results.stream().filter(r -> r.status() == ScenarioResult.Status.PASS).count();
        long fail = results.stream().filter(ScenarioResult::failed).count();
        long skip = results.size() - pass - fail;
        out.append(String.format("%d scenarios checked: %d PASS, %d FAIL, %d SKIP%s%n", results.size(), pass, fail, skip,
                fileProblems.isEmpty() ? "" : ", " + fileProblems.size() + " scenario file(s) unreadable"));
        return out.toString();
    }

    private static void lines(List<ScenarioResult> results, StringBuilder out) {
        for (ScenarioResult r : results) {
            out.append(String.format("%-5s %s: %s%n", r.status(), r.file(), r.name()));
            if (r.status() != ScenarioResult.Status.PASS) {
                r.differences().forEach(d -> out.append(indent(d, "      ")).append('\n'));
            }
            if (r.failed() && !r.actual().isEmpty()) {
                out.append("      actual decision:\n");
                r.actual().forEach(line -> out.append("        ").append(line).append('\n'));
            }
        }
    }

    private static String indent(String text, String prefix) {
        return prefix + text.replace("\n", "\n" + prefix);
    }
}
