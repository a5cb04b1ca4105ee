package dev.crosswise.experiment;

import dev.crosswise.rules.RuleCompilationException;
import dev.crosswise.rules.RuleCompiler;
import dev.crosswise.rules.RuleProblem;
import dev.crosswise.rules.RuleSet;
import dev.crosswise.rules.RuleWarmUp;
import dev.crosswise.rules.Utf8Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The rule set of an arm that varies the rules: the serving DRL files, with the files of the arm's folder
 * ({@code rules/experiments/<folder>/}, same relative paths: {@code timing/post-purchase.drl}) replacing or adding
 * theirs — the challenger — or with the arm's timing thresholds written into {@code settings/thresholds.drl}. Compiled
 * and checked like serving rules: every problem is located (a challenger's own file under {@code experiments/}), and
 * the rules must decide once on a made-up customer without failing.
 */
final class ArmRules {

    private ArmRules() {
    }

    /** What an arm's rules are compiled from; compiling the same sources again gives the same rules. */
    record Sources(Map<String, String> drl, List<String> overlaid) {
    }

    /**
     * @param serving the serving rules' DRL files (relative path to text)
     * @param folder  the experiments folder, where a challenger's files are
     * @throws RuleCompilationException with problems located in the experiment file, or in the challenger's files
     */
    static Sources sources(Arm arm, ExperimentDefinition experiment, Map<String, String> serving, Path folder) {
        Map<String, String> drl = new TreeMap<>(serving);
        List<String> overlaid = new ArrayList<>();
        if (arm.rules() != null) {
            Path challenger = folder.resolve(arm.rules());
            if (!Files.isDirectory(challenger)) {
                throw new RuleCompilationException(List.of(new RuleProblem(experiment.file(), arm.line(), 1, "arm '"
                        + arm.name() + "': its rules folder experiments/" + arm.rules() + "/ does not exist; put the "
                        + "challenger's DRL files there, at the paths of the files they replace")));
            }
            Map<String, byte[]> files = new TreeMap<>();
            try (Stream<Path> walk = Files.walk(challenger)) {
                for (Path file : walk.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
                    files.put(challenger.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + challenger, e);
            }
            if (files.isEmpty()) {
                throw new RuleCompilationException(List.of(new RuleProblem(experiment.file(), arm.line(), 1, "arm '"
                        + arm.name() + "': experiments/" + arm.rules() + "/ holds no .drl file: the challenger would be "
                        + "the champion")));
            }
            drl.putAll(Utf8Text.decodeDrl(files));
            overlaid.addAll(files.keySet());
        }
        for (var threshold : arm.timing().entrySet()) {
            Pattern written = Pattern.compile("(new\\s+Threshold\\(\\s*\"" + Pattern.quote(threshold.getKey())
                    + "\"\\s*,\\s*)([^)]+)(\\))");
            String found = null;
            for (var file : drl.entrySet()) {
                Matcher matcher = written.matcher(file.getValue());
                if (matcher.find()) {
                    found = file.getKey();
                    drl.put(found, matcher.replaceFirst(Matcher.quoteReplacement(matcher.group(1) + number(threshold.getValue())
                            + ")")));
                    break;
                }
            }
            if (found == null) {
                throw new RuleCompilationException(List.of(new RuleProblem(experiment.file(), arm.line(), 1, "arm '"
                        + arm.name() + "': timing '" + threshold.getKey() + "' is not a threshold of the rules "
                        + "(settings/thresholds.drl defines them, e.g. \"post-purchase window hours\")")));
            }
        }
        return new Sources(drl, overlaid);
    }

    /** Compiles and tries the arm's rules; problems in a challenger's file are named under {@code experiments/}. */
    static RuleSet compile(Arm arm, Sources sources) {
        try {
            RuleSet rules = RuleCompiler.compile(sources.drl());
            RuleWarmUp.check(rules, sources.drl());
            return rules;
        } catch (RuleCompilationException e) {
            throw new RuleCompilationException(e.problems().stream().map(p -> sources.overlaid().contains(p.file())
                    ? new RuleProblem(RuleCompiler.EXPERIMENTS_FOLDER + "/" + arm.rules() + "/" + p.file(), p.line(),
                    p.column(), p.message())
                    : new RuleProblem(p.file(), p.line(), p.column(), "with arm '" + arm.name() + "': " + p.message()))
                    .toList());
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
