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
     * What fills the placeholders of an offer's message ({@code offer.<KIND>.message}), by kind: the offer's own
     * words, not the action's. Amounts read like €259.00.
     */
    public static final Map<String, Set<String>> OFFER_PLACEHOLDERS = Map.of(
            "DISCOUNT", Set.of(
                    "product",   // the product discounted
                    "price",     // what the customer pays for it
                    "listPrice", // its price without the discount
                    "saving",    // the difference
                    "promotion", // the promotion's name
                    "until"),    // the promotion's end, in the file's language
            "BUNDLE", Set.of(
                    "products",  // the rest of the bundle, "A, B and C" (the last joined by offer.and)
                    "price", "listPrice", "saving", // for all of them together
                    "promotion", "until"),
            "GIFT", Set.of(
                    "product",   // the product bought
                    "gift",      // the product given free with it
                    "price",     // what the customer pays
                    "saving",    // what the customer saves: the gift's list price
                    "promotion", "until"),
            "FREE_SHIPPING", Set.of(
                    "gap",       // what the cart lacks to ship free
                    "product",   // the add-on that takes it there
                    "price",     // its price
                    "saving"),   // the shipping fee saved
            "EARLY_ACCESS", Set.of(
                    "product",   // the product not launched yet
                    "price",     // its price (no saving: the privilege is the time)
                    "until"));   // its launch, in the file's language

    /** The offers whose message a language may word ({@code offer.<KIND>.message}). */
    public static final Set<String> OFFER_KINDS = OFFER_PLACEHOLDERS.keySet();

    /**
     * An offer message's variants ({@code offer.<KIND>.<variant>.message}), by the placeholders each leaves out: when
     * an offer has no value for one (a promotion with no end, a promotion deleted since), the next variant that does
     * without it is said. Tried in this order, after the plain {@code offer.<KIND>.message}.
     */
    public static final Map<String, Set<String>> OFFER_VARIANTS = orderedMap(
            "open", Set.of("until"),                   // no end date
            "unnamed", Set.of("promotion"),            // no promotion's name
            "plain", Set.of("until", "promotion"));    // neither

    /** The word joining the last two of a list of products ({@code offer.and = und}: "A, B und C"). */
    public static final String OFFER_AND = "offer.and";

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
            return checkOfferKey(key, parts);
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

    /** Why an {@code offer.} key means nothing, or null: {@code offer.<KIND>[.<variant>].message}, {@code offer.and}. */
    private static String checkOfferKey(String key, String[] parts) {
        if (key.equals(OFFER_AND)) {
            return null;
        }
        String expected = "'" + key + "': expected offer.<one of " + String.join(", ", sorted(OFFER_KINDS))
                + ">[.<one of " + String.join(", ", OFFER_VARIANTS.keySet()) + ">].message, or " + OFFER_AND;
        if (parts.length < 3 || parts.length > 4 || !OFFER_KINDS.contains(parts[1])
                || !parts[parts.length - 1].equals("message")) {
            return expected;
        }
        if (parts.length == 4) {
            Set<String> leftOut = OFFER_VARIANTS.get(parts[2]);
            if (leftOut == null) {
                return expected;
            }
            if (!OFFER_PLACEHOLDERS.get(parts[1]).containsAll(leftOut)) {
                // e.g. a FREE_SHIPPING offer always has all its values: a variant would never be said
                return "'" + key + "': a " + parts[1] + " offer has no " + placeholders(leftOut) + " to do without";
            }
        }
        return null;
    }

    /** The placeholders an offer message's key may use: its kind's, less those its variant does without. */
    static Set<String> offerPlaceholders(String key) {
        String[] parts = key.split("\\.");
        Set<String> known = new java.util.HashSet<>(OFFER_PLACEHOLDERS.getOrDefault(parts[1], Set.of()));
        if (parts.length == 4) {
            known.removeAll(OFFER_VARIANTS.getOrDefault(parts[2], Set.of()));
        }
        return known;
    }

    /** Why {@code text} cannot be said, or null. */
    static String checkText(String key, String text) {
        if (text.isEmpty()) {
            return "'" + key + "' has no text (leave the line out to use a more general text)";
        }
        boolean named = key.startsWith("tier.") || key.startsWith("season.") || key.equals(OFFER_AND);
        boolean withMoment = MOMENTS.contains(key.split("\\.")[0]);
        boolean offer = key.startsWith("offer.") && !named;
        Set<String> known = offer ? offerPlaceholders(key) : PLACEHOLDERS;
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder rest = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            if (named || !known.contains(name)) {
                return "unknown placeholder {" + name + "}" + (named ? ": a name takes no placeholder"
                        : offer ? "; " + key + " knows: " + placeholders(known)
                        : "; known: " + placeholders(known));
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

    private static String placeholders(Set<String> names) {
        return names.stream().sorted().map(p -> "{" + p + "}").collect(Collectors.joining(" "));
    }

    private static Map<String, Set<String>> orderedMap(String k1, Set<String> v1, String k2, Set<String> v2,
                                                       String k3, Set<String> v3) {
        Map<String, Set<String>> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        map.put(k3, v3);
        return Collections.unmodifiableMap(map);
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }

    private static List<String> sorted(Set<String> names) {
        return Stream.of(names.toArray(String[]::new)).sorted().toList();
    }
}
