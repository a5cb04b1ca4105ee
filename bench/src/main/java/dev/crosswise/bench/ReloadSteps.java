package dev.crosswise.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a reload's time went inside the service, read from the line its log writes when new rules serve
 * ({@code RulesReloader}): compile, rule base, scenario check, and from the built rule base to the swap. The
 * benchmark times the whole reload from outside; this says which step to look at.
 */
final class ReloadSteps {

    private static final List<Step> STEPS = List.of(
            new Step("compileMillis", Pattern.compile("compiled .*? in (\\d+) ms")),
            new Step("ruleBaseMillis", Pattern.compile("rule base built in (\\d+) ms")),
            new Step("scenariosMillis", Pattern.compile("scenarios checked in (\\d+) ms")),
            new Step("buildToSwapMillis", Pattern.compile("swapped (\\d+) ms after the build")));

    private record Step(String name, Pattern pattern) {
    }

    private ReloadSteps() {
    }

    /** The steps of the last reload that made rules serve in {@code log}; empty when there is none or it says none. */
    static Map<String, Long> lastIn(String log) {
        String line = log.lines().filter(l -> l.contains(" now serve (")).reduce((first, second) -> second).orElse("");
        Map<String, Long> steps = new LinkedHashMap<>();
        for (Step step : STEPS) {
            Matcher found = step.pattern().matcher(line);
            if (found.find()) {
                steps.put(step.name(), Long.parseLong(found.group(1)));
            }
        }
        return steps;
    }
}
