package dev.crosswise.messages;

import dev.crosswise.rules.RuleProblem;
import dev.crosswise.rules.facts.Moment;
import dev.crosswise.rules.facts.Strategy;
import dev.crosswise.rules.facts.Tier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One language's templates, {@code rules/messages/messages_<language>.properties}: one {@code key = text} per line,
 * {@code #} starts a comment. Read line by line (not as Java properties, whose backslashes and continuation lines an
 * analyst would trip over), and checked whole: a key or placeholder that means nothing is a problem with its line, so
 * a typo is reported instead of quietly never matching.
 */
public final class MessageTemplateFile {

    /** What fills a placeholder such as {@code {product}}. */
    public static final Set<String> PLACEHOLDERS = Set.of(
            "product",           // the product offered, as named in the catalog
            "productInSentence", // the same inside a sentence: "running socks, 3-pack" (a brand keeps its capital)
            "anchor",            // the product that led to the offer: bought, looked at, in the cart
            "via",               // the solution completed ("Office look"), or how the anchor was met
            "tier",              // the customer's loyalty tier, named by tier.<TIER>
            "season",            // the product's season, named by season.<SEASON> (season.ANY when it has none)
            "offer");            // in a moment's text: the strategy's text of the same kind

    /**
     * What fills the placeholders of an offer's message ({@code offer.GIFT.message}): the offer's own words, not the
     * action's.
     */
    public static final Set<String> OFFER_PLACEHOLDERS = Set.of(
            "product",   // the product bought
            "gift",      // the product given free with it
            "price",     // what the customer pays, e.g. €259.00
            "saving",    // what the customer saves: the gift's list price
            "promotion", // the promotion's name
            "until");    // the promotion's end, in the file's language

    /** The offers whose message a language may word ({@code offer.<KIND>.message}). */
    public static final Set<String> OFFER_KINDS = Set.of("GIFT");

    /** The cases a strategy or moment may word apart (see the English file). */
    public static final Set<String> VARIANTS = Set.of("viewing", "repeat", "gift", "trending", "reserved");

    static final Set<String> KINDS = Set.of("message", "headline");
    static final Set<String> SEASONS = Set.of("SPRING", "SUMMER", "AUTUMN", "WINTER", "ANY");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final Set<String> MOMENTS = names(Moment.values());
    private static final Set<String> STRATEGIES = names(Strategy.values());
    private static final Set<String> TIERS = names(Tier.values());

    /** The file's texts by key, and what is wrong with it; texts of a file with problems are not served. */
    public record Parsed(Map<String, String> texts, List<RuleProblem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private MessageTemplateFile() {
    }

    /** @param file the path shown in problems, relative to the rules folder */
    public static Parsed parse(String file, String content) {
        Map<String, String> texts = new LinkedHashMap<>();
        List<RuleProblem> problems = new ArrayList<>();
        String[] lines = content.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNumber = i + 1;
            String line = i == 0 && lines[i].startsWith("\uFEFF") ? lines[i].substring(1) : lines[i];
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 0) {
                problems.add(new RuleProblem(file, lineNumber, 1, "expected key = text"));
                continue;
            }
            String key = line.substring(0, equals).strip();
            String text = line.substring(equals + 1).strip();
            String wrongKey = checkKey(key);
            if (wrongKey != null) {
                problems.add(new RuleProblem(file, lineNumber, 1, wrongKey));
                continue;
            }
            String wrongText = checkText(key, text);
            if (wrongText != null) {
                problems.add(new RuleProblem(file, lineNumber, equals + 2, wrongText));
                continue;
            }
            if (texts.putIfAbsent(key, text) != null) {
                problems.add(new RuleProblem(file, lineNumber, 1, "'" + key + "' is given twice"));
            }
        }
        return new Parsed(Collections.unmodifiableMap(texts), List.copyOf(problems));
    }

    /**
     * Why {@code key} means nothing, or null: {@code [MOMENT.][STRATEGY.][variant.](message|headline)}, tier, season or
     * {@code offer.<KIND>.message}.
     */
    static String checkKey(String key) {
        if (key.isEmpty()) {
            return "a line starts with '=': the key is missing";
        }
        String[] parts = key.split("\\.", -1);
        if (parts[0].equals("offer")) {
            return parts.length == 3 && OFFER_KINDS.contains(parts[1]) && parts[2].equals("message") ? null
                    : "'" + key + "': expected offer.<one of " + String.join(", ", sorted(OFFER_KINDS)) + ">.message";
        }
        if (parts[0].equals("tier") || parts[0].equals("season")) {
            Set<String> codes = parts[0].equals("tier") ? TIERS : SEASONS;
            return parts.length == 2 && codes.contains(parts[1]) ? null
                    : "'" + key + "': expected " + parts[0] + ".<one of " + String.join(", ", sorted(codes)) + ">";
        }
        String kind = parts[parts.length - 1];
        if (!KINDS.contains(kind)) {
            return "'" + key + "' must end in .message or .headline";
        }
        int at = 0;
        int last = parts.length - 1;
        if (at < last && MOMENTS.contains(parts[at])) {
            at++;
        }
        if (at < last && STRATEGIES.contains(parts[at])) {
            at++;
        }
        if (at < last && VARIANTS.contains(parts[at])) {
            if (at == 0) {
                return "'" + key + "': a variant words a moment or strategy apart, e.g. POPULAR." + parts[at] + "." + kind;
            }
            at++;
        }
        if (at != last) {
            return "'" + key + "': '" + parts[at] + "' is not a moment, strategy or variant here (expected "
                    + "[MOMENT.][STRATEGY.][variant.]" + kind + "; moments " + String.join(", ", sorted(MOMENTS))
                    + "; strategies " + String.join(", ", sorted(STRATEGIES)) + "; variants "
                    + String.join(", ", sorted(VARIANTS)) + ")";
        }
        return null;
    }

    /** Why {@code text} cannot be said, or null. */
    static String checkText(String key, String text) {
        if (text.isEmpty()) {
            return "'" + key + "' has no text (leave the line out to use a more general text)";
        }
        boolean named = key.startsWith("tier.") || key.startsWith("season.");
        boolean withMoment = MOMENTS.contains(key.split("\\.")[0]);
        Set<String> known = key.startsWith("offer.") ? OFFER_PLACEHOLDERS : PLACEHOLDERS;
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder rest = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            if (named || !known.contains(name)) {
                return "unknown placeholder {" + name + "}" + (named ? ": a name takes no placeholder"
                        : "; known: " + known.stream().sorted().map(p -> "{" + p + "}").collect(Collectors.joining(" ")));
            }
            if (name.equals("offer") && !withMoment) {
                return "{offer} is the strategy's text, for a moment's text: '" + key + "' has no moment";
            }
            matcher.appendReplacement(rest, "");
        }
        matcher.appendTail(rest);
        if (rest.indexOf("{") >= 0 || rest.indexOf("}") >= 0) {
            return "a { or } that does not enclose a placeholder such as {product}";
        }
        return null;
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }

    private static List<String> sorted(Set<String> names) {
        return Stream.of(names.toArray(String[]::new)).sorted().toList();
    }
}
