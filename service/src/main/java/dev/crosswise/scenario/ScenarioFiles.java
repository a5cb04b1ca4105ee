package dev.crosswise.scenario;

import dev.crosswise.decision.DecisionContextInput;
import dev.crosswise.decision.Placement;
import dev.crosswise.rules.RuleProblem;
import dev.crosswise.rules.Utf8Text;
import dev.crosswise.rules.facts.Channel;
import dev.crosswise.rules.facts.Tier;
import dev.crosswise.simulation.ProfileOverride;
import dev.crosswise.simulation.SimulatedEvent;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
 * Reads the scenario files ({@code *.yaml} / {@code *.yml}) of a folder. A file holds one scenario or a list under
 * {@code scenarios:}. A file that cannot be read is reported as a problem with its file (and line, for YAML syntax),
 * never skipped silently; unknown keys are problems too, so a typo cannot turn an expectation off.
 */
public final class ScenarioFiles {

    private static final Set<String> SCENARIO_KEYS = Set.of("name", "story", "customer", "at", "channel", "limit",
            "context", "profile", "events", "expect");
    private static final Set<String> CONTEXT_KEYS = Set.of("placement", "product", "cart");
    private static final Set<String> PROFILE_KEYS = Set.of("tier", "consents", "optedOut");
    private static final Set<String> EVENT_KEYS = Set.of("type", "sku", "at", "usagePercent", "satisfaction", "tier", "gift");
    private static final Set<String> ACTION_KEYS = Set.of("sku", "strategy", "moment", "channel", "rule", "reason", "rank", "top");
    private static final Set<String> SUPPRESSION_KEYS = Set.of("sku", "strategy", "rule", "reason");
    private static final Pattern BEFORE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(m|min|h|d)\\s+before", Pattern.CASE_INSENSITIVE);

    /** The scenarios of a folder and the problems of the files that could not be read. */
    public record Loaded(List<Scenario> scenarios, List<RuleProblem> problems) {
    }

    private ScenarioFiles() {
    }

    /** Every scenario file under {@code dir} (recursively); an absent folder has no scenarios. */
    public static Loaded load(Path dir) {
        List<Scenario> scenarios = new ArrayList<>();
        List<RuleProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return new Loaded(scenarios, problems);
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(ScenarioFiles::isScenarioFile).sorted().toList()) {
                // Named from the rules folder, like the DRL files: "scenarios/post-purchase.yaml".
                String name = (dir.getFileName() + "/" + dir.relativize(file)).replace('\\', '/');
                try {
                    scenarios.addAll(parse(name, Utf8Text.decode(name, Files.readAllBytes(file))));
                } catch (Utf8Text.NotUtf8Exception e) {
                    problems.add(e.problem());
                } catch (ScenarioFileException e) {
                    problems.add(e.problem);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read scenarios from " + dir, e);
        }
        return new Loaded(scenarios, problems);
    }

    static boolean isScenarioFile(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    /** Parses one file's text; {@code file} names it in scenarios and problems. */
    public static List<Scenario> parse(String file, String text) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new ScenarioFileException(new RuleProblem(file, mark == null ? 0 : mark.getLine() + 1,
                    mark == null ? 0 : mark.getColumn() + 1, "not valid YAML: " + e.getProblem()));
        } catch (RuntimeException e) {
            throw new ScenarioFileException(new RuleProblem(file, 0, 0, "not valid YAML: " + e.getMessage()));
        }
        List<Object> entries;
        if (root instanceof Map<?, ?> map && map.containsKey("scenarios")) {
            if (map.size() != 1 || !(map.get("scenarios") instanceof List<?> list)) {
                throw problem(file, "a file holds either one scenario or a list under 'scenarios:' and nothing else");
            }
            entries = new ArrayList<>(list);
        } else if (root instanceof Map<?, ?> single) {
            entries = List.of(single);
        } else {
            throw problem(file, "expected a scenario (customer, at, expect, ...) or 'scenarios:' with a list of them");
        }
        List<Scenario> scenarios = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            try {
                scenarios.add(scenario(file, i, entries.get(i)));
            } catch (ScenarioFileException e) {
                throw new ScenarioFileException(located(e, text, i));
            }
        }
        return scenarios;
    }

    /**
     * A problem found in a parsed scenario, placed where YAML says it was written: at the key it is about (an unknown
     * key), else at the scenario's {@code name}, else where the scenario starts. Composed again only on this path.
     */
    private static RuleProblem located(ScenarioFileException e, String text, int index) {
        RuleProblem problem = e.problem;
        Node entry = entryNode(new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text)), index);
        if (entry == null) {
            return problem;
        }
        Node key = e.key == null ? null : key(entry, e.key);
        if (key != null) {
            Mark at = key.getStartMark();
            return new RuleProblem(problem.file(), at.getLine() + 1, at.getColumn() + 1, problem.message());
        }
        Node name = entry instanceof MappingNode ? key(entry, "name") : null;
        Mark at = (name != null ? name : entry).getStartMark();
        return new RuleProblem(problem.file(), at.getLine() + 1, 0, problem.message());
    }

    /** The node of scenario {@code index}: the file's one scenario, or an element of its {@code scenarios:} list. */
    private static Node entryNode(Node root, int index) {
        if (root instanceof MappingNode map) {
            for (NodeTuple tuple : map.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals("scenarios")
                        && tuple.getValueNode() instanceof SequenceNode list) {
                    return index < list.getValue().size() ? list.getValue().get(index) : null;
                }
            }
            return index == 0 ? root : null;
        }
        return null;
    }

    /** The first key named {@code name} in {@code node} or below it, in the order written; null if none. */
    private static Node key(Node node, String name) {
        if (node instanceof MappingNode map) {
            for (NodeTuple tuple : map.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(name)) {
                    return k;
                }
                Node below = key(tuple.getValueNode(), name);
                if (below != null) {
                    return below;
                }
            }
        } else if (node instanceof SequenceNode list) {
            for (Node item : list.getValue()) {
                Node below = key(item, name);
                if (below != null) {
                    return below;
                }
            }
        }
        return null;
    }

    private static Scenario scenario(String file, int index, Object entry) {
        String where = "scenario #" + (index + 1);
        Map<String, Object> map = map(file, where, entry, SCENARIO_KEYS);
        String name = text(map.get("name"));
        if (name != null) {
            where = "scenario '" + name + "'";
        } else {
            name = where;
        }
        String customer = required(file, where, map, "customer");
        OffsetDateTime at = time(file, where + ", at", map.get("at"), null);
        if (at == null) {
            throw problem(file, where + ": 'at' (the decision time, e.g. 2026-11-20T09:00:00Z) is required");
        }
        Channel channel = enumValue(file, where + ", channel", Channel.class, map.get("channel"));
        Integer limit = integer(file, where + ", limit", map.get("limit"));

        DecisionContextInput context = null;
        if (map.get("context") != null) {
            Map<String, Object> c = map(file, where + ", context", map.get("context"), CONTEXT_KEYS);
            context = new DecisionContextInput(enumValue(file, where + ", context.placement", Placement.class,
                    c.get("placement")), text(c.get("product")), strings(file, where + ", context.cart", c.get("cart")));
        }
        ProfileOverride profile = null;
        if (map.get("profile") != null) {
            Map<String, Object> p = map(file, where + ", profile", map.get("profile"), PROFILE_KEYS);
            List<Channel> consents = null;
            if (p.containsKey("consents")) {
                consents = new ArrayList<>();
                for (String c : strings(file, where + ", profile.consents", p.get("consents"))) {
                    consents.add(enumValue(file, where + ", profile.consents", Channel.class, c));
                }
            }
            profile = new ProfileOverride(enumValue(file, where + ", profile.tier", Tier.class, p.get("tier")), consents,
                    bool(file, where + ", profile.optedOut", p.get("optedOut")));
        }

        List<SimulatedEvent> events = new ArrayList<>();
        List<?> eventList = list(file, where + ", events", map.get("events"));
        for (int i = 0; i < eventList.size(); i++) {
            String at2 = where + ", event #" + (i + 1);
            Map<String, Object> e = map(file, at2, eventList.get(i), EVENT_KEYS);
            String type = required(file, at2, e, "type").toUpperCase(Locale.ROOT);
            events.add(new SimulatedEvent(type, text(e.get("sku")), time(file, at2 + ", at", e.get("at"), at),
                    number(file, at2 + ", usagePercent", e.get("usagePercent")),
                    integer(file, at2 + ", satisfaction", e.get("satisfaction")),
                    enumValue(file, at2 + ", tier", Tier.class, e.get("tier")), bool(file, at2 + ", gift", e.get("gift"))));
        }

        List<Expectation> expectations = new ArrayList<>();
        Set<String> expectKeys = new LinkedHashSet<>();
        for (Expectation.Kind kind : Expectation.Kind.values()) {
            expectKeys.add(kind.key);
        }
        Map<String, Object> expect = map(file, where + ", expect", map.get("expect"), expectKeys);
        for (Expectation.Kind kind : Expectation.Kind.values()) {
            List<?> items = list(file, where + ", expect." + kind.key, expect.get(kind.key));
            for (int i = 0; i < items.size(); i++) {
                String at3 = where + ", expect." + kind.key + " #" + (i + 1);
                Map<String, Object> x = map(file, at3, items.get(i), kind.aboutActions() ? ACTION_KEYS : SUPPRESSION_KEYS);
                expectations.add(new Expectation(kind, text(x.get("sku")), upper(x.get("strategy")),
                        upper(x.get("moment")), upper(x.get("channel")), text(x.get("rule")), text(x.get("reason")),
                        integer(file, at3 + ", rank", x.get("rank")), integer(file, at3 + ", top", x.get("top"))));
            }
        }
        if (expectations.isEmpty()) {
            throw problem(file, where + ": 'expect' needs at least one of " + expectKeys);
        }
        return new Scenario(file, name, customer, at, channel, limit, context, profile, events, expectations);
    }

    /** An ISO-8601 instant, or "23h before" / "3d before" / "30m before" the decision time {@code relativeTo}. */
    static OffsetDateTime time(String file, String where, Object value, OffsetDateTime relativeTo) {
        if (value == null) {
            return null;
        }
        if (value instanceof Date date) {
            return date.toInstant().atOffset(ZoneOffset.UTC);
        }
        String text = value.toString().strip();
        Matcher before = BEFORE.matcher(text);
        if (before.matches() && relativeTo != null) {
            double amount = Double.parseDouble(before.group(1));
            double minutes = switch (before.group(2).toLowerCase(Locale.ROOT)) {
                case "d" -> amount * 24 * 60;
                case "h" -> amount * 60;
                default -> amount;
            };
            return relativeTo.minus(Duration.ofSeconds(Math.round(minutes * 60)));
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw problem(file, where + ": '" + text + "' is not a time; write 2026-11-20T09:00:00Z"
                    + (relativeTo == null ? "" : " or, relative to the decision time, 23h before / 3d before"));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(String file, String where, Object value, Set<String> allowed) {
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw problem(file, where + ": expected keys like " + allowed.stream().sorted().toList() + ", got '" + value + "'");
        }
        for (Object key : map.keySet()) {
            if (!allowed.contains(String.valueOf(key))) {
                throw new ScenarioFileException(new RuleProblem(file, 0, 0, where + ": unknown key '" + key + "' (known: "
                        + allowed.stream().sorted().toList() + ")"), String.valueOf(key));
            }
        }
        return (Map<String, Object>) map;
    }

    private static List<?> list(String file, String where, Object value) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw problem(file, where + ": expected a list (lines starting with '- ')");
        }
        return list;
    }

    private static List<String> strings(String file, String where, Object value) {
        if (value instanceof String single) {
            return List.of(single);
        }
        return list(file, where, value).stream().map(String::valueOf).toList();
    }

    private static String required(String file, String where, Map<String, Object> map, String key) {
        String value = text(map.get(key));
        if (value == null || value.isBlank()) {
            throw problem(file, where + ": '" + key + "' is required");
        }
        return value;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String upper(Object value) {
        return value == null ? null : value.toString().strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }

    private static Integer integer(String file, String where, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Integer i) {
            return i;
        }
        throw problem(file, where + ": expected a whole number, got '" + value + "'");
    }

    private static Double number(String file, String where, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        throw problem(file, where + ": expected a number, got '" + value + "'");
    }

    private static Boolean bool(String file, String where, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        throw problem(file, where + ": expected true or false, got '" + value + "'");
    }

    private static <E extends Enum<E>> E enumValue(String file, String where, Class<E> type, Object value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, upper(value));
        } catch (IllegalArgumentException e) {
            throw problem(file, where + ": '" + value + "' is not one of " + List.of(type.getEnumConstants()));
        }
    }

    private static ScenarioFileException problem(String file, String message) {
        return new ScenarioFileException(new RuleProblem(file, 0, 0, message));
    }

    /** A scenario file that cannot be used, located as well as possible. */
    static final class ScenarioFileException extends RuntimeException {
        final RuleProblem problem;
        /** The key the problem is about, as written (an unknown key), for its line; null when none. */
        final String key;

        ScenarioFileException(RuleProblem problem) {
            this(problem, null);
        }

        ScenarioFileException(RuleProblem problem, String key) {
            super(problem.toString());
            this.problem = problem;
            this.key = key;
        }
    }
}
