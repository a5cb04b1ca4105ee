package dev.crosswise.messages;

import dev.crosswise.rules.facts.Tier;
import dev.crosswise.rules.facts.TierNames;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts of actions, by language, and how an action's {@link Wording} becomes its message and headline. A text is
 * looked up from the most specific key to the most general — {@code MOMENT.STRATEGY.variant}, {@code MOMENT.STRATEGY},
 * {@code MOMENT.variant}, {@code MOMENT}, {@code STRATEGY.variant}, {@code STRATEGY}, then the bare kind — and a text
 * whose placeholder has no value here (a moment's text needing an anchor the action has not) gives way to the next.
 * A language without a usable text falls back to the folder's English, then to the English shipped with the service,
 * then to the product's name: an action always has words.
 */
public final class MessageTemplates {

    public static final String ENGLISH = "en";
    static final String SHIPPED_ENGLISH = "messages/messages_en.properties";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final String GENERIC_HEADLINE = "Picked for you";

    private static final MessageTemplates SHIPPED = new MessageTemplates(Map.of(), readShippedEnglish());

    /** By language: the folder's files that read without problems. */
    private final Map<String, Map<String, String>> byLanguage;
    private final Map<String, String> shippedEnglish;

    private MessageTemplates(Map<String, Map<String, String>> byLanguage, Map<String, String> shippedEnglish) {
        this.byLanguage = Map.copyOf(byLanguage);
        this.shippedEnglish = shippedEnglish;
    }

    /** The English shipped with the service (also the last resort of every other set). */
    public static MessageTemplates shipped() {
        return SHIPPED;
    }

    /** The texts of a rules folder's files by language, over the shipped English. */
    public static MessageTemplates of(Map<String, Map<String, String>> byLanguage) {
        return new MessageTemplates(byLanguage, SHIPPED.shippedEnglish);
    }

    /** These texts with {@code english} over the English ones (an experiment arm's): other languages keep theirs. */
    public MessageTemplates withEnglish(Map<String, String> english) {
        return with(Map.of(ENGLISH, english));
    }

    /**
     * These texts with {@code overlay}'s over them, language by language (an experiment arm's); a language the
     * overlay does not write keeps its texts.
     */
    public MessageTemplates with(Map<String, Map<String, String>> overlay) {
        Map<String, Map<String, String>> languages = new java.util.HashMap<>(byLanguage);
        overlay.forEach((language, overlaid) -> {
            Map<String, String> texts = new java.util.HashMap<>(byLanguage.getOrDefault(language, Map.of()));
            texts.putAll(overlaid);
            languages.put(language, texts);
        });
        return new MessageTemplates(languages, shippedEnglish);
    }

    Map<String, Map<String, String>> byLanguage() {
        return byLanguage;
    }

    public String message(Wording wording, String language) {
        return text(wording, "message", language);
    }

    public String headline(Wording wording, String language) {
        return text(wording, "headline", language);
    }

    /**
     * An offer's message ({@code offer.<kind>.message}) in {@code language}, its placeholders filled from
     * {@code values} in the language of the text used ({@link MessageTemplateFile#OFFER_PLACEHOLDERS}: a date is
     * written as the text's language writes it). A value left null (no end, no promotion's name) gives way to the
     * kind's variant that does without it ({@link MessageTemplateFile#OFFER_VARIANTS}); the folder's English, then the
     * shipped English, when the language has no usable text; null when none has one.
     */
    public String offerMessage(String kind, Function<String, Map<String, String>> values, String language) {
        List<String> keys = new ArrayList<>(4);
        keys.add("offer." + kind + ".message");
        MessageTemplateFile.OFFER_VARIANTS.keySet().forEach(variant -> keys.add("offer." + kind + "." + variant + ".message"));
        List<Map<String, String>> sets = languageThenEnglish(language);
        boolean ownTexts = language != null && !ENGLISH.equals(language) && byLanguage.containsKey(language);
        for (int i = 0; i < sets.size(); i++) {
            String in = i == 0 && ownTexts ? language : ENGLISH; // the sets after the language's own are English
            Map<String, String> filled = null;
            for (String key : keys) {
                String template = sets.get(i).get(key);
                if (template != null) {
                    filled = filled != null ? filled : values.apply(in);
                    String text = fill(template, filled);
                    if (text != null) {
                        return text;
                    }
                }
            }
        }
        return null;
    }

    /** "A, B and C" in {@code language}: joined by its {@code offer.and} (else the English one). */
    public String listOf(List<String> names, String language) {
        if (names.size() < 2) {
            return names.isEmpty() ? "" : names.getFirst();
        }
        String and = languageThenEnglish(language).stream().map(texts -> texts.get(MessageTemplateFile.OFFER_AND))
                .filter(java.util.Objects::nonNull).findFirst().orElse("and");
        return String.join(", ", names.subList(0, names.size() - 1)) + " " + and + " " + names.getLast();
    }

    /** Whether {@code language} has texts of its own (else it reads English). */
    public boolean speaks(String language) {
        return ENGLISH.equals(language) || byLanguage.containsKey(language);
    }

    /**
     * The language of a locale as the files are named: {@code fr-CA}, {@code fr_CA} and {@code FR} read {@code fr};
     * null or blank is English; null when it is no language tag at all.
     */
    public static String language(String locale) {
        if (locale == null || locale.isBlank()) {
            return ENGLISH;
        }
        String language = locale.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return LANGUAGE.matcher(language).matches() ? language : null;
    }

    /** The language's texts, then the folder's English, then the shipped English. */
    private List<Map<String, String>> languageThenEnglish(String language) {
        List<Map<String, String>> sets = new ArrayList<>(3);
        if (language != null && !ENGLISH.equals(language) && byLanguage.containsKey(language)) {
            sets.add(byLanguage.get(language));
        }
        if (byLanguage.containsKey(ENGLISH)) {
            sets.add(byLanguage.get(ENGLISH));
        }
        sets.add(shippedEnglish);
        return sets;
    }

    /** {@code template} with its placeholders filled from {@code values}, or null when one has no value. */
    private static String fill(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder text = new StringBuilder(template.length() + 32);
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                return null;
            }
            matcher.appendReplacement(text, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(text);
        return text.toString();
    }

    private String text(Wording wording, String kind, String language) {
        for (Map<String, String> texts : languageThenEnglish(language)) {
            String text = first(texts, keys(wording, kind, true), wording, kind, true);
            if (text != null) {
                return text;
            }
        }
        String product = wording.values().get("product");
        return kind.equals("headline") || product == null ? GENERIC_HEADLINE : product;
    }

    /** The first of {@code keys} with a text that can be said. */
    private static String first(Map<String, String> texts, List<String> keys, Wording wording, String kind,
                                boolean withOffer) {
        for (String key : keys) {
            String template = texts.get(key);
            if (template != null) {
                String text = fill(template, texts, wording, kind, withOffer);
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    /** Most specific first; without the moment's keys for {@code {offer}}, the strategy's text. */
    static List<String> keys(Wording wording, String kind, boolean withMoment) {
        List<String> keys = new ArrayList<>(12);
        String strategy = wording.strategy().name();
        if (withMoment && wording.moment() != null) {
            String moment = wording.moment().name();
            wording.variants().forEach(v -> keys.add(moment + "." + strategy + "." + v + "." + kind));
            keys.add(moment + "." + strategy + "." + kind);
            wording.variants().forEach(v -> keys.add(moment + "." + v + "." + kind));
            keys.add(moment + "." + kind);
        }
        wording.variants().forEach(v -> keys.add(strategy + "." + v + "." + kind));
        keys.add(strategy + "." + kind);
        keys.add(kind);
        return keys;
    }

    /** The template with its placeholders filled, or null when one has no value. */
    private static String fill(String template, Map<String, String> texts, Wording wording, String kind,
                               boolean withOffer) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder text = new StringBuilder(template.length() + 32);
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = switch (name) {
                case "tier" -> named(texts, "tier", wording.values().get("tier"));
                case "season" -> named(texts, "season", wording.values().get("season"));
                case "offer" -> withOffer ? first(texts, keys(wording, kind, false), wording, kind, false) : null;
                default -> wording.values().get(name);
            };
            if (value == null) {
                return null;
            }
            matcher.appendReplacement(text, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(text);
        return text.toString();
    }

    /** A tier's or season's name in this language; the English default when the file does not name it. */
    private static String named(Map<String, String> texts, String what, String code) {
        if (code == null) {
            return null;
        }
        String name = texts.get(what + "." + code.toUpperCase(Locale.ROOT));
        if (name != null) {
            return name;
        }
        if (what.equals("tier")) {
            try {
                return TierNames.of(Tier.valueOf(code.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException notATier) {
                return code;
            }
        }
        return code.equals("ANY") ? "the season" : code.toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> readShippedEnglish() {
        try (InputStream in = MessageTemplates.class.getClassLoader().getResourceAsStream(SHIPPED_ENGLISH)) {
            if (in == null) {
                throw new IllegalStateException(SHIPPED_ENGLISH + " is missing from the classpath (built from rules/messages/)");
            }
            var parsed = MessageTemplateFile.parse(SHIPPED_ENGLISH, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            if (!parsed.ok()) {
                // the build checks this file (MessageTemplateFileTest): reaching here means a broken package
                throw new IllegalStateException("The shipped English texts do not read: " + parsed.problems());
            }
            return parsed.texts();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The languages with files of their own, for diagnostics. */
    public Set<String> languages() {
        return byLanguage.keySet();
    }
}
