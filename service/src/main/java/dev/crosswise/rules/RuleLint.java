package dev.crosswise.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Mistakes Drools compiles without a word but that make rules silently wrong here, as located problems:
 * <ul>
 *   <li>a {@code Threshold(name == "x")} that no rule defines with {@code new Threshold("x", ...)}: the rule never fires;</li>
 *   <li>a threshold defined twice: every rule that reads it matches once per definition;</li>
 *   <li>a file whose {@code package} is not its folder's name: the README promises that a folder is a package, and
 *   the compiler compiles and reuses folder by folder (a file at the top of the rules folder keeps any package).</li>
 * </ul>
 *
 * <p>Reads Drools' own parse of the files: the parse the parts of a large folder make anyway ({@link #of}), or one of
 * its own of what can matter: the file's header (package, imports) and the rules that mention {@code Threshold}, the
 * others blanked to their line breaks so that lines stay those of the file. A file is read again only when its text
 * changed, and every file takes part in every check, whichever folders compiled.
 */
final class RuleLint {

    /** Where the thresholds live, for a message when no file defines any. */
    private static final String SETTINGS = "settings/thresholds.drl";
    private static final String THRESHOLD = "Threshold";
    private static final String LITERAL = "\"((?:[^\"\\\\\\n]|\\\\.)*)\"";
    /** {@code name == "x"} or {@code "x" == name} in a constraint of a Threshold pattern. */
    private static final Pattern READ = Pattern.compile("\\bname\\s*==\\s*" + LITERAL + "|" + LITERAL + "\\s*==\\s*name\\b");
    /** {@code new Threshold("x", ...)} in a consequence, comments blanked. */
    private static final Pattern DEFINITION = Pattern.compile("\\bnew\\s+(?:[\\w.]+\\.)?Threshold\\s*\\(\\s*" + LITERAL);
    private static final Pattern PACKAGE_NAME = Pattern.compile("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*");

    /**
     * A threshold's name where a file defines or reads it; {@code valueProblem}: what is wrong with a definition's
     * value (null when nothing is).
     */
    record Mention(String name, int line, String valueProblem) {

        Mention(String name, int line) {
            this(name, line, null);
        }
    }

    /**
     * What a file says for the checks: its package ("" without a package line) and its line, whether it holds
     * anything a package matters for, the thresholds it defines and reads. {@code readable} is false when even
     * Drools' parser made nothing of it (then the compile reports it).
     */
    record FileFacts(String text, boolean readable, String packageName, int packageLine, boolean declaresSomething,
                     List<Mention> defines, List<Mention> reads) {

        static FileFacts unreadable(String text) {
            return new FileFacts(text, false, "", 0, false, List.of(), List.of());
        }
    }

    /** What the checks found: problems reject the rules; warnings are for the log. */
    record Findings(List<RuleProblem> problems, List<String> warnings) {
    }

    /** Per file (path relative to the rules folder), what it said last time it was read. */
    private final Map<String, FileFacts> files = new HashMap<>();

    /**
     * Reads the files whose text changed since the last call, taking what the compile read of them already (the
     * parts of a large folder parse their rules anyway: {@link #of}); forgets files gone.
     */
    void read(Map<String, String> sources, Map<String, FileFacts> readByTheCompile) {
        files.keySet().retainAll(sources.keySet());
        sources.forEach((path, text) -> {
            FileFacts known = files.get(path);
            if (known == null || !known.text().equals(text)) {
                FileFacts read = readByTheCompile.get(path);
                files.put(path, read != null && read.text().equals(text) ? read : readFile(path, text));
            }
        });
    }

    /** Checks the files last {@link #read}, all together. */
    Findings check() {
        Map<String, FileFacts> byPath = new TreeMap<>(files);
        List<RuleProblem> problems = new ArrayList<>(packageProblems(byPath));
        List<String> warnings = new ArrayList<>();
        // A file Drools could not parse may define what the others read: better no verdict than a false one.
        if (byPath.values().stream().allMatch(FileFacts::readable)) {
            thresholdProblems(byPath, problems, warnings);
        }
        return new Findings(problems, warnings);
    }

    private static FileFacts readFile(String path, String text) {
        try {
            Sparse sparse = sparse(text);
            PackageDescr descr = RuleCompiler.parse(path, sparse.text());
            // A "rule" line inside a comment or a string cuts the file wrongly: then the whole file, as Drools reads it
            // (the sparse text is the file's own String when it leaves nothing out).
            if (sparse.text() != text
                    && (descr == null || descr.getRules().stream().filter(rule -> !rule.isQuery()).count() != sparse.keptRules())) {
                sparse = new Sparse(text, sparse.rules(), sparse.rules());
                descr = RuleCompiler.parse(path, text);
            }
            if (descr == null) {
                return FileFacts.unreadable(text);
            }
            return of(text, sparse.text(), descr, sparse.rules() > 0);
        } catch (RuntimeException e) {
            // the parser failing in a way it does not report: leave the file to the compile's own verdict
            return FileFacts.unreadable(text);
        }
    }

    /**
     * What Drools' parse {@code descr} of {@code parsed} says of the file {@code text}: all of it, or part of it
     * with the lines of the file (a sparse text, a compile's run of rules).
     */
    static FileFacts of(String text, String parsed, PackageDescr descr, boolean hasRules) {
        boolean declaresSomething = hasRules || !descr.getRules().isEmpty() || !descr.getFunctions().isEmpty()
                || !descr.getGlobals().isEmpty() || !descr.getTypeDeclarations().isEmpty()
                || !descr.getEnumDeclarations().isEmpty();
        List<Mention> defines = new ArrayList<>();
        List<Mention> reads = new ArrayList<>();
        for (RuleDescr rule : descr.getRules()) {
            readsIn(rule.getLhs(), reads);
            definitionsIn(rule, parsed, defines);
        }
        String name = descr.getName() == null ? "" : descr.getName();
        return new FileFacts(text, true, name, Math.max(1, descr.getLine()), declaresSomething,
                List.copyOf(defines), List.copyOf(reads));
    }

    /** One file's facts from the parts it was compiled in, in the order of its lines. */
    static FileFacts merge(List<FileFacts> parts) {
        FileFacts first = parts.getFirst();
        List<Mention> defines = new ArrayList<>();
        List<Mention> reads = new ArrayList<>();
        parts.forEach(part -> {
            defines.addAll(part.defines());
            reads.addAll(part.reads());
        });
        defines.sort(Comparator.comparingInt(Mention::line));
        reads.sort(Comparator.comparingInt(Mention::line));
        return new FileFacts(first.text(), parts.stream().allMatch(FileFacts::readable), first.packageName(),
                first.packageLine(), parts.stream().anyMatch(FileFacts::declaresSomething), defines, reads);
    }

    /**
     * The file with every rule that does not mention a threshold reduced to its line breaks; {@code keptRules} rules
     * remain of {@code rules}. The text itself when nothing is left out.
     */
    private record Sparse(String text, long keptRules, int rules) {
    }

    private static Sparse sparse(String text) {
        List<Integer> starts = RuleCompiler.RULE_LINE.matcher(text).results().map(MatchResult::start).toList();
        if (starts.isEmpty()) {
            return new Sparse(text, 0, 0);
        }
        StringBuilder kept = new StringBuilder(text.length() / 4).append(text, 0, starts.getFirst());
        int keptRules = 0;
        int mention = text.indexOf(THRESHOLD);
        for (int i = 0; i < starts.size(); i++) {
            int from = starts.get(i);
            int to = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
            while (mention >= 0 && mention < from) {
                mention = text.indexOf(THRESHOLD, mention + 1);
            }
            if (mention >= 0 && mention < to) {
                kept.append(text, from, to);
                keptRules++;
            } else {
                for (int c = from; c < to; c++) {
                    if (text.charAt(c) == '\n') {
                        kept.append('\n');
                    }
                }
            }
        }
        return keptRules == starts.size() ? new Sparse(text, keptRules, starts.size())
                : new Sparse(kept.toString(), keptRules, starts.size());
    }

    /** The names of {@code Threshold(name == "x")} patterns anywhere in a rule's conditions (not, exists, accumulate...). */
    private static void readsIn(BaseDescr descr, List<Mention> reads) {
        switch (descr) {
            case null -> {
            }
            case PatternDescr pattern -> {
                if (isThreshold(pattern.getObjectType())) {
                    for (BaseDescr constraint : pattern.getDescrs()) {
                        if (constraint instanceof ExprConstraintDescr expression && expression.getExpression() != null) {
                            namesRead(expression, reads);
                        }
                    }
                }
                readsIn(pattern.getSource(), reads);
            }
            case AccumulateDescr accumulate -> readsIn(accumulate.getInput(), reads);
            case CollectDescr collect -> readsIn(collect.getInputPattern(), reads);
            case ConditionalElementDescr element -> element.getDescrs().forEach(child -> readsIn(child, reads));
            default -> {
            }
        }
    }

    private static void namesRead(ExprConstraintDescr constraint, List<Mention> reads) {
        String expression = constraint.getExpression();
        Matcher read = READ.matcher(expression);
        while (read.find()) {
            String name = read.group(1) != null ? read.group(1) : read.group(2);
            int line = constraint.getLine() + RuleCompiler.lines(expression, read.start());
            reads.add(new Mention(name, Math.max(1, line)));
        }
    }

    private static boolean isThreshold(String objectType) {
        return objectType != null && (objectType.equals(THRESHOLD) || objectType.endsWith("." + THRESHOLD));
    }

    /** The {@code new Threshold("x", ...)} of a rule's consequences, at their lines in {@code text}. */
    private static void definitionsIn(RuleDescr rule, String text, List<Mention> defines) {
        List<Object> consequences = new ArrayList<>();
        consequences.add(rule.getConsequence());
        consequences.addAll(rule.getNamedConsequences().values());
        for (Object consequence : consequences) {
            if (!(consequence instanceof String java) || !java.contains(THRESHOLD)) {
                continue;
            }
            // Drools keeps the consequence as written: find it in the file for the lines.
            int at = text.indexOf(java, Math.max(0, rule.getStartCharacter()));
            String code = withoutComments(java);
            Matcher definition = DEFINITION.matcher(code);
            while (definition.find()) {
                int line = at >= 0 ? RuleCompiler.lines(text, at + definition.start()) + 1 : rule.getConsequenceLine();
                defines.add(new Mention(definition.group(1), Math.max(1, line), valueProblem(code, definition.end())));
            }
        }
    }

    /**
     * What is wrong with the value after a definition's name, starting at {@code from} (just after the name): Drools
     * reports "the constructor Threshold(String, String) is undefined" at the rule's first line — for the settings
     * file, one rule of every threshold — and not which threshold it means.
     */
    private static String valueProblem(String code, int from) {
        int depth = 0;
        int commas = 0;
        StringBuilder value = new StringBuilder();
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth-- == 0) {
                String written = value.toString().strip();
                if (commas == 0 || written.isEmpty()) {
                    return "its value is missing: write the number after the name, like (\"name\", 72)";
                }
                if (commas > 1) {
                    return "its value must be one number, with a decimal point (0.1, not 0,1); got " + written;
                }
                if (written.startsWith("\"")) {
                    return "its value must be a number, not text: " + written.replace("\"", "") + " without the quotes";
                }
                return null;
            } else if (c == ',' && depth == 0) {
                commas++;
                continue;
            }
            if (commas > 0) {
                value.append(c);
            }
        }
        return null;
    }

    /** Java with its comments blanked (same length, line breaks kept): a definition commented out defines nothing. */
    private static String withoutComments(String java) {
        char[] chars = java.toCharArray();
        int i = 0;
        while (i < chars.length) {
            char c = chars[i];
            if (c == '"' || c == '\'') {
                i++;
                while (i < chars.length && chars[i] != c && chars[i] != '\n') {
                    i += chars[i] == '\\' ? 2 : 1;
                }
                i++;
            } else if (c == '/' && i + 1 < chars.length && chars[i + 1] == '/') {
                while (i < chars.length && chars[i] != '\n') {
                    chars[i++] = ' ';
                }
            } else if (c == '/' && i + 1 < chars.length && chars[i + 1] == '*') {
                int end = java.indexOf("*/", i + 2);
                int stop = end < 0 ? chars.length : end + 2;
                for (; i < stop; i++) {
                    if (chars[i] != '\n') {
                        chars[i] = ' ';
                    }
                }
            } else {
                i++;
            }
        }
        return new String(chars);
    }

    /** A file in a folder has the folder's package (dots between nested folders); one at the top keeps any. */
    private static List<RuleProblem> packageProblems(Map<String, FileFacts> byPath) {
        List<RuleProblem> problems = new ArrayList<>();
        Set<String> foldersReported = new HashSet<>();
        byPath.forEach((path, facts) -> {
            String folder = RuleCompiler.folderOf(path);
            if (folder.isEmpty() || !facts.readable() || !facts.declaresSomething()) {
                return;
            }
            String expected = folder.replace('/', '.');
            if (!PACKAGE_NAME.matcher(expected).matches()) {
                if (foldersReported.add(folder)) {
                    problems.add(new RuleProblem(path, facts.packageLine(), 0, "the folder " + folder + " cannot be a "
                            + "package: a file's package is its folder's name, so name the folder with letters, digits "
                            + "and _ only (like " + expected.replaceAll("[^\\w$.]", "_") + ")"));
                }
            } else if (facts.packageName().isEmpty()) {
                problems.add(new RuleProblem(path, 1, 0, "no package line: a file's package is its folder's name, so "
                        + "start the file with: package " + expected + ";"));
            } else if (!facts.packageName().equals(expected)) {
                problems.add(new RuleProblem(path, facts.packageLine(), 0, "package " + facts.packageName()
                        + " does not match the folder " + folder + ": a file's package is its folder's name"
                        + (expected.equals(folder) ? "" : " (" + expected + ")")));
            }
        });
        return problems;
    }

    private static void thresholdProblems(Map<String, FileFacts> byPath, List<RuleProblem> problems, List<String> warnings) {
        Map<String, String> definedAt = new LinkedHashMap<>();
        Set<String> definingFiles = new TreeSet<>();
        byPath.forEach((path, facts) -> facts.defines().forEach(definition -> {
            definingFiles.add(path);
            if (definition.valueProblem() != null) {
                problems.add(new RuleProblem(path, definition.line(), 0, "Threshold \"" + definition.name() + "\": "
                        + definition.valueProblem()));
            }
            String first = definedAt.putIfAbsent(definition.name(), path + ":" + definition.line());
            if (first != null) {
                problems.add(new RuleProblem(path, definition.line(), 0, "Threshold \"" + definition.name()
                        + "\" is defined twice: also at " + first));
            }
        }));
        String where = definingFiles.isEmpty() ? SETTINGS + " defines"
                : String.join(", ", definingFiles) + (definingFiles.size() == 1 ? " defines" : " define");
        Set<String> read = new HashSet<>();
        byPath.forEach((path, facts) -> facts.reads().forEach(mention -> {
            read.add(mention.name());
            if (!definedAt.containsKey(mention.name())) {
                String closest = closest(mention.name(), definedAt.keySet());
                problems.add(new RuleProblem(path, mention.line(), 0, "Threshold \"" + mention.name() + "\" is not defined ("
                        + where + " the thresholds)" + (closest == null ? "" : "; did you mean \"" + closest + "\"?")));
            }
        }));
        definedAt.forEach((name, at) -> {
            if (!read.contains(name)) {
                warnings.add("Threshold \"" + name + "\" (" + at + ") is read by no rule");
            }
        });
    }

    /** The defined name nearest to a misspelt one, when it is near enough to be the one meant. */
    private static String closest(String name, Iterable<String> defined) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : defined) {
            int distance = distance(name.toLowerCase(), candidate.toLowerCase());
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= Math.max(2, name.length() / 4) ? best : null;
    }

    /** Edit distance: characters inserted, deleted or replaced. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int replace = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
