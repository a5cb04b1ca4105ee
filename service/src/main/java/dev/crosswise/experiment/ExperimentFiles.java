package dev.crosswise.experiment;

import dev.crosswise.messages.MessageTemplateFile;
import dev.crosswise.messages.MessageTemplates;
import dev.crosswise.rules.RuleProblem;
import dev.crosswise.rules.facts.Channel;
import dev.crosswise.rules.facts.Tier;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one experiment file. Every mistake is a problem at the line (and column) where it is written, and a misspelt
 * key is a mistake, never silently ignored; a file with a problem defines no experiment.
 */
final class ExperimentFiles {

    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");
    private static final Set<String> KEYS = Set.of("name", "hypothesis", "start", "end", "primaryMetric",
            "minimumDetectableEffect", "minimumDays", "salt", "population", "arms");
    private static final Set<String> POPULATION_KEYS = Set.of("tiers", "consent", "customerIdPrefix", "condition");
    /** A language's section in an arm's {@code message:} (as in {@code messages_de.properties}). */
    private static final java.util.regex.Pattern LANGUAGE = java.util.regex.Pattern.compile("[a-z]{2,3}");
    private static final Set<String> ARM_KEYS = Set.of("name", "weight", "holdout", "rules", "message", "channel", "timing");

    /** The experiment of a file, or what is wrong with it (then no experiment). */
    record Parsed(ExperimentDefinition experiment, List<RuleProblem> problems) {
    }

    /** A mistake at a node: the file is not taken. */
    private static final class Problem extends RuntimeException {
        private final transient Mark at;

        Problem(Node node, String message) {
            super(message, null, false, false);
            this.at = node == null ? null : node.getStartMark();
        }
    }

    private final String file;
    private final List<RuleProblem> problems = new ArrayList<>();

    private ExperimentFiles(String file) {
        this.file = file;
    }

    /** @param file the path shown in problems, relative to the rules folder ("experiments/pilot.yaml") */
    static Parsed parse(String file, String text) {
        ExperimentFiles reader = new ExperimentFiles(file);
        ExperimentDefinition experiment = reader.read(text);
        return new Parsed(reader.problems.isEmpty() ? experiment : null, List.copyOf(reader.problems));
    }

    private ExperimentDefinition read(String text) {
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problems.add(new RuleProblem(file, mark == null ? 0 : mark.getLine() + 1, mark == null ? 0 : mark.getColumn() + 1,
                    "not valid YAML: " + e.getProblem()));
            return null;
        } catch (RuntimeException e) {
            problems.add(new RuleProblem(file, 0, 0, "not valid YAML: " + e.getMessage()));
            return null;
        }
        if (!(root instanceof MappingNode top)) {
            problems.add(new RuleProblem(file, 1, 1, "expected one experiment: name, hypothesis, primaryMetric, "
                    + "minimumDetectableEffect, arms, ..."));
            return null;
        }
        try {
            Map<String, NodeTuple> fields = fields(top, KEYS, "an experiment");
            Node nameNode = required(top, fields, "name");
            String name = name(nameNode, "name");
            String hypothesis = text(required(top, fields, "hypothesis"), "hypothesis");
            // no start: the experiment runs from its first decision (ExperimentDefinition.runsAt)
            Instant start = fields.containsKey("start") ? instant(value(fields, "start"), "start") : null;
            Instant end = fields.containsKey("end") ? instant(value(fields, "end"), "end") : null;
            if (start != null && end != null && !end.isAfter(start)) {
                throw new Problem(value(fields, "end"), "end must be after start (" + start + "): an experiment runs from"
                        + " start (included) to end (excluded)");
            }
            Node metricNode = required(top, fields, "primaryMetric");
            PrimaryMetric metric = PrimaryMetric.ofField(text(metricNode, "primaryMetric"));
            if (metric == null) {
                throw new Problem(metricNode, "primaryMetric '" + scalar(metricNode) + "' is not one of "
                        + PrimaryMetric.known());
            }
            Node effectNode = required(top, fields, "minimumDetectableEffect");
            double effect = number(effectNode, "minimumDetectableEffect");
            if (!(effect > 0)) {
                throw new Problem(effectNode, "minimumDetectableEffect must be above 0: the smallest difference of "
                        + metric.field() + " worth detecting, in its own unit (0.02 = 2 percentage points of a rate; "
                        + "5 = 5 EUR per customer)");
            }
            int minimumDays = ExperimentDefinition.DEFAULT_MINIMUM_DAYS;
            if (fields.containsKey("minimumDays")) {
                double days = number(value(fields, "minimumDays"), "minimumDays");
                if (days < 1 || days != Math.rint(days)) {
                    throw new Problem(value(fields, "minimumDays"), "minimumDays must be a whole number of days, 1 or more");
                }
                minimumDays = (int) days;
            }
            String salt = fields.containsKey("salt") ? text(value(fields, "salt"), "salt") : "";
            Population population = fields.containsKey("population") ? population(value(fields, "population"))
                    : Population.ALL;
            List<Arm> arms = arms(required(top, fields, "arms"));
            return new ExperimentDefinition(name, hypothesis, start, end, metric, effect, minimumDays, salt, population,
                    arms, file, nameNode.getStartMark().getLine() + 1);
        } catch (Problem p) {
            problems.add(located(p.at, p.getMessage()));
            return null;
        }
    }

    private RuleProblem located(Mark at, String message) {
        return new RuleProblem(file, at == null ? 0 : at.getLine() + 1, at == null ? 0 : at.getColumn() + 1, message);
    }

    private Population population(Node node) {
        if (node instanceof ScalarNode s && s.getValue().equals("all")) {
            return Population.ALL;
        }
        if (!(node instanceof MappingNode map)) {
            throw new Problem(node, "population is 'all' or a segment: tiers (a list of " + List.of(Tier.values())
                    + "), consent (a channel the customer consents to), customerIdPrefix (how the customer's id "
                    + "starts) and/or condition (a rule's constraint on the customer: 'spend >= 500')");
        }
        Map<String, NodeTuple> fields = fields(map, POPULATION_KEYS, "population");
        Set<Tier> tiers = new LinkedHashSet<>();
        if (fields.containsKey("tiers")) {
            for (Node item : list(value(fields, "tiers"), "population.tiers")) {
                tiers.add(enumValue(item, Tier.class, "population.tiers"));
            }
        }
        Channel consent = fields.containsKey("consent") ? enumValue(value(fields, "consent"), Channel.class,
                "population.consent") : null;
        String prefix = fields.containsKey("customerIdPrefix") ? text(value(fields, "customerIdPrefix"),
                "population.customerIdPrefix") : null;
        String condition = null;
        int conditionLine = 0;
        if (fields.containsKey("condition")) {
            Node written = value(fields, "condition");
            condition = text(written, "population.condition").strip();
            conditionLine = written.getStartMark().getLine() + 1;
            if (condition.isEmpty()) {
                throw new Problem(written, "population.condition is empty: leave it out for every customer, or write a "
                        + "rule's constraint on the customer, e.g. 'spend >= 500 && daysSinceJoined < 365'");
            }
        }
        return new Population(tiers, consent, prefix, condition, conditionLine);
    }

    private List<Arm> arms(Node node) {
        List<Node> items = list(node, "arms");
        if (items.size() < 2) {
            throw new Problem(node, "an experiment needs at least two arms: a control and what it is compared with");
        }
        List<Arm> arms = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        long buckets = 0;
        for (Node item : items) {
            Arm arm = arm(item);
            if (!names.add(arm.name())) {
                throw new Problem(item, "arm '" + arm.name() + "' is named twice");
            }
            buckets += arm.buckets();
            arms.add(arm);
        }
        if (buckets != Assignment.BUCKETS) {
            throw new Problem(node, "the arms' weights must add up to 100, not " + buckets / 100.0);
        }
        long controls = arms.stream().filter(Arm::control).count();
        if (controls != 1) {
            throw new Problem(node, controls == 0
                    ? "no control arm: one arm must change nothing (no holdout, rules, message, channel or timing), "
                    + "the others are compared with it"
                    : controls + " arms change nothing (" + String.join(", ", arms.stream().filter(Arm::control)
                    .map(Arm::name).toList()) + "): exactly one is the control");
        }
        return arms;
    }

    private Arm arm(Node node) {
        if (!(node instanceof MappingNode map)) {
            throw new Problem(node, "an arm is a name, a weight and at most one change: holdout, rules, message, "
                    + "channel or timing");
        }
        Map<String, NodeTuple> fields = fields(map, ARM_KEYS, "an arm");
        String name = name(required(map, fields, "name"), "arm name");
        Node weightNode = required(map, fields, "weight");
        double weight = number(weightNode, "weight");
        if (!(weight > 0) || Math.abs(weight * 100 - Math.rint(weight * 100)) > 1e-6) {
            throw new Problem(weightNode, "weight is a percentage above 0 in steps of 0.01 (of 10 000 buckets), got "
                    + scalar(weightNode));
        }
        List<String> changes = fields.keySet().stream().filter(k -> !k.equals("name") && !k.equals("weight")).toList();
        if (changes.size() > 1) {
            throw new Problem(fields.get(changes.get(1)).getKeyNode(), "arm '" + name + "' changes " + changes
                    + ": an arm changes one thing, so that a difference can be put down to it");
        }
        boolean holdout = false;
        if (fields.containsKey("holdout")) {
            Node h = value(fields, "holdout");
            if (!(h instanceof ScalarNode s) || !(s.getValue().equals("true") || s.getValue().equals("false"))) {
                throw new Problem(h, "holdout is true or false");
            }
            holdout = s.getValue().equals("true");
        }
        String rules = null;
        if (fields.containsKey("rules")) {
            Node r = value(fields, "rules");
            rules = text(r, "rules");
            if (!NAME.matcher(rules).matches()) {
                throw new Problem(r, "rules names a folder beside this file, under rules/experiments/ (letters, digits, "
                        + "'.', '_', '-'), whose DRL files replace or add the serving rules' files; got '" + rules + "'");
            }
        }
        Map<String, Map<String, String>> messages = fields.containsKey("message") ? messages(value(fields, "message"))
                : null;
        Channel channel = fields.containsKey("channel") ? enumValue(value(fields, "channel"), Channel.class, "channel")
                : null;
        Map<String, Double> timing = null;
        if (fields.containsKey("timing")) {
            Node t = value(fields, "timing");
            if (!(t instanceof MappingNode tm) || tm.getValue().isEmpty()) {
                throw new Problem(t, "timing maps thresholds of settings/thresholds.drl to the arm's values, e.g. "
                        + "'post-purchase window hours: 72'");
            }
            timing = new LinkedHashMap<>();
            for (NodeTuple tuple : tm.getValue()) {
                timing.put(scalar(tuple.getKeyNode()), number(tuple.getValueNode(), "timing." + scalar(tuple.getKeyNode())));
            }
        }
        return new Arm(name, weight, holdout, rules, messages, channel, timing, node.getStartMark().getLine() + 1);
    }

    /**
     * Message templates as the folder's files write them, each checked the same way, at its own line: English at the
     * top, another language in a section of its own ({@code de:} then its keys), by language.
     */
    private Map<String, Map<String, String>> messages(Node node) {
        Map<String, Map<String, String>> byLanguage = new LinkedHashMap<>();
        Map<String, String> english = texts(node, "message", byLanguage);
        if (!english.isEmpty()) {
            byLanguage.put(MessageTemplates.ENGLISH, english);
        }
        if (byLanguage.isEmpty()) {
            throw new Problem(node, "message has no template: write at least one key ending in '.message'");
        }
        return byLanguage;
    }

    private Map<String, String> texts(Node node, String what, Map<String, Map<String, String>> languages) {
        if (!(node instanceof MappingNode map) || map.getValue().isEmpty()) {
            throw new Problem(node, what + " maps template keys to texts, as in rules/messages/messages_en.properties, "
                    + "e.g. 'POST_PURCHASE.COMPLETION.message: Finish your {via} with {product}'; another language in "
                    + "a section of its own, e.g. 'de:' then its keys");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            String key = scalar(tuple.getKeyNode());
            if (languages != null && LANGUAGE.matcher(key).matches() && tuple.getValueNode() instanceof MappingNode) {
                if (languages.containsKey(key) || key.equals(MessageTemplates.ENGLISH)) {
                    throw new Problem(tuple.getKeyNode(), "'" + key + "': " + (key.equals(MessageTemplates.ENGLISH)
                            ? "English is written at the top of message, without a section"
                            : "this language's section is written twice"));
                }
                languages.put(key, texts(tuple.getValueNode(), "message." + key, null));
                continue;
            }
            String text = text(tuple.getValueNode(), key);
            if (!key.endsWith(".message") && !key.equals("message")) {
                throw new Problem(tuple.getKeyNode(), "'" + key + "': an arm varies the message (keys ending in "
                        + "'.message', another language in a section such as 'de:'); headlines keep the folder's texts");
            }
            var parsed = MessageTemplateFile.parse(file, key + " = " + text.replace("\n", " "));
            if (!parsed.ok()) {
                throw new Problem(tuple.getKeyNode(), parsed.problems().getFirst().message());
            }
            texts.put(key, parsed.texts().get(key));
        }
        return texts;
    }

    private Map<String, NodeTuple> fields(MappingNode map, Set<String> known, String what) {
        Map<String, NodeTuple> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            String key = scalar(tuple.getKeyNode());
            if (!known.contains(key)) {
                throw new Problem(tuple.getKeyNode(), "unknown key '" + key + "' in " + what + "; known: "
                        + known.stream().sorted().toList());
            }
            if (fields.put(key, tuple) != null) {
                throw new Problem(tuple.getKeyNode(), "'" + key + "' is given twice");
            }
        }
        return fields;
    }

    private static Node required(Node parent, Map<String, NodeTuple> fields, String key) {
        NodeTuple tuple = fields.get(key);
        if (tuple == null) {
            throw new Problem(parent, "'" + key + "' is missing");
        }
        return tuple.getValueNode();
    }

    private static Node value(Map<String, NodeTuple> fields, String key) {
        return fields.get(key).getValueNode();
    }

    private static String scalar(Node node) {
        return node instanceof ScalarNode s ? s.getValue() : String.valueOf(node.getNodeId());
    }

    private static String text(Node node, String what) {
        if (!(node instanceof ScalarNode s) || s.getValue().isBlank()) {
            throw new Problem(node, what + " must be a text");
        }
        return s.getValue().strip();
    }

    private static String name(Node node, String what) {
        String name = text(node, what);
        if (!NAME.matcher(name).matches()) {
            throw new Problem(node, what + " '" + name + "' may hold letters, digits, '.', '_' and '-' (no spaces, "
                    + "no '/'), at most 80");
        }
        return name;
    }

    private static double number(Node node, String what) {
        String value = node instanceof ScalarNode s ? s.getValue() : "";
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new Problem(node, what + " must be a number" + (value.contains(",") ? " with a decimal point (0.1, not 0,1)" : "")
                    + ", got '" + value + "'");
        }
    }

    private static List<Node> list(Node node, String what) {
        if (!(node instanceof SequenceNode list)) {
            throw new Problem(node, what + ": expected a list (lines starting with '- ', or [a, b])");
        }
        return list.getValue();
    }

    private static <E extends Enum<E>> E enumValue(Node node, Class<E> type, String what) {
        String value = node instanceof ScalarNode s ? s.getValue() : "";
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new Problem(node, what + " '" + value + "' is not one of " + List.of(type.getEnumConstants()));
        }
    }

    /** A date ({@code 2026-11-01}, midnight UTC) or an instant ({@code 2026-11-01T08:00:00Z}). */
    private static Instant instant(Node node, String what) {
        String value = node instanceof ScalarNode s ? s.getValue().strip() : "";
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new Problem(node, what + " must be a date (2026-11-01, midnight UTC) or an instant "
                    + "(2026-11-01T08:00:00Z), got '" + value + "'");
        }
    }
}
