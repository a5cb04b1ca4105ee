package dev.crosswise.docs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * A documented answer, as writers abridge it, compared with a real one. What an excerpt may leave out:
 * <ul>
 *   <li>an object shows some of its fields: those shown must be there with equal values, the others are not compared
 *       (a field {@code "…": "…"} says so to the reader);</li>
 *   <li>an array shows its first items, in order: the answer may have more after them; an item {@code "…"} stands for
 *       any number of items, so the items after it may be further on; an empty array must be empty;</li>
 *   <li>a string {@code "…"} is any value; {@code …} inside a string is any text ({@code "Decision '921579f9-…'"});
 *       {@code ...} counts as {@code …};</li>
 *   <li>a generated id (a UUID) matches any UUID, the same one wherever it is shown again, and later requests that
 *       quote it (or its first part, {@code '921579f9-…'}) send the real one;</li>
 *   <li>a rules version ({@code "3-f1a09226c58a"}: a count of compiles, then a hash of the rules folder) matches any
 *       rules version, as a generated id does: the same one wherever the same version is shown again, and another
 *       one where another is shown (both parts change with the rules folder and with what compiled before);</li>
 *   <li>numbers are equal by value ({@code 189} is {@code 189.0});</li>
 *   <li>fields the example says vary with every run (the time of a start, {@code loadedAt}) must be there, with any
 *       value.</li>
 * </ul>
 */
final class JsonExcerpt {

    private static final Pattern UUID_SHAPE =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern RULES_VERSION = Pattern.compile("\\d+-[0-9a-f]{12}");
    private static final String ANY = "…";

    private final Map<String, String> generatedIds;
    private final Set<String> varying;

    /** @param generatedIds the documented ids seen so far and the real ones they stand for; filled in as it compares */
    JsonExcerpt(Map<String, String> generatedIds) {
        this(generatedIds, Set.of());
    }

    /** @param varying the names of the fields whose values change with every run: any value is theirs */
    JsonExcerpt(Map<String, String> generatedIds, Set<String> varying) {
        this.generatedIds = generatedIds;
        this.varying = varying;
    }

    /** The differences between the documented excerpt and the real answer, each with its JSON path; none when it holds. */
    List<String> differences(JsonNode documented, JsonNode real) {
        Map<String, String> ids = new LinkedHashMap<>(generatedIds);
        List<String> differences = new ArrayList<>();
        compare("$", documented, real, differences, ids);
        if (differences.isEmpty()) {
            generatedIds.putAll(ids); // only a match says which real id a documented one stands for
        }
        return differences;
    }

    boolean matches(JsonNode documented, JsonNode real) {
        return differences(documented, real).isEmpty();
    }

    /** Replaces the documented ids of {@code text} by the real ones. */
    String withRealIds(String text) {
        return withRealIds(text, generatedIds);
    }

    private static String withRealIds(String text, Map<String, String> ids) {
        String replaced = text;
        for (var id : ids.entrySet()) {
            // the whole id, then its first part as prose abridges it: '921579f9-…'
            replaced = replaced.replace(id.getKey(), id.getValue());
            if (UUID_SHAPE.matcher(id.getKey()).matches()) {
                replaced = replaced.replace(id.getKey().substring(0, 9), id.getValue().substring(0, 9));
            }
        }
        return replaced;
    }

    private void compare(String path, JsonNode documented, JsonNode real, List<String> differences,
            Map<String, String> ids) {
        if (documented.isString() && isAny(documented.stringValue())) {
            return;
        }
        if (real == null || real.isMissingNode()) {
            differences.add(path + ": missing, documented " + documented);
        } else if (documented.isObject()) {
            if (!real.isObject()) {
                differences.add(path + ": documented an object, got " + real);
                return;
            }
            for (var field : documented.properties()) {
                if (varying.contains(field.getKey()) && real.has(field.getKey())) {
                    continue;
                }
                if (!isAny(field.getKey())) {
                    compare(path + "." + field.getKey(), field.getValue(), real.get(field.getKey()), differences, ids);
                }
            }
        } else if (documented.isArray()) {
            compareItems(path, documented, real, differences, ids);
        } else if (documented.isNumber() && real.isNumber()) {
            if (documented.decimalValue().compareTo(real.decimalValue()) != 0) {
                differences.add(path + ": documented " + documented + ", got " + real);
            }
        } else if (documented.isString() && real.isString()) {
            compareText(path, documented.stringValue(), real.stringValue(), differences, ids);
        } else if (!documented.equals(real)) {
            differences.add(path + ": documented " + documented + ", got " + real);
        }
    }

    private void compareItems(String path, JsonNode documented, JsonNode real, List<String> differences,
            Map<String, String> ids) {
        if (!real.isArray()) {
            differences.add(path + ": documented an array, got " + real);
            return;
        }
        if (documented.isEmpty() && !real.isEmpty()) {
            differences.add(path + ": documented [], got " + real.size() + " items " + real);
            return;
        }
        int next = 0;
        boolean skipping = false;
        for (int i = 0; i < documented.size(); i++) {
            JsonNode item = documented.get(i);
            if (item.isString() && isAny(item.stringValue())) {
                skipping = true;
                continue;
            }
            int found = -1;
            for (int j = next; j < real.size() && (skipping || j == next) && found < 0; j++) {
                Map<String, String> tried = new LinkedHashMap<>(ids);
                List<String> itemDifferences = new ArrayList<>();
                compare(path, item, real.get(j), itemDifferences, tried);
                if (itemDifferences.isEmpty()) {
                    found = j;
                    ids.putAll(tried);
                }
            }
            if (found < 0) {
                if (!skipping && next < real.size()) {
                    compare(path + "[" + next + "]", item, real.get(next), differences, ids);
                } else {
                    differences.add(path + ": no item from [" + next + "] on matches documented " + item);
                }
                return;
            }
            next = found + 1;
            skipping = false;
        }
    }

    private void compareText(String path, String documented, String real, List<String> differences,
            Map<String, String> ids) {
        if (UUID_SHAPE.matcher(documented).matches() && UUID_SHAPE.matcher(real).matches()) {
            String known = ids.putIfAbsent(documented, real);
            if (known != null && !known.equals(real)) {
                differences.add(path + ": documented \"" + documented + "\" (here " + known + "), got \"" + real + "\"");
            }
            return;
        }
        if (RULES_VERSION.matcher(documented).matches() && RULES_VERSION.matcher(real).matches()) {
            String known = ids.get(documented);
            if (known == null && ids.entrySet().stream().anyMatch(id -> id.getValue().equals(real))) {
                differences.add(path + ": documented \"" + documented + "\", another version than shown before, got "
                        + "the one shown before, \"" + real + "\"");
            } else if (known != null && !known.equals(real)) {
                differences.add(path + ": documented \"" + documented + "\" (here " + known + "), got \"" + real + "\"");
            }
            ids.putIfAbsent(documented, real);
            return;
        }
        if (!glob(withRealIds(documented, ids)).matcher(real).matches()) {
            differences.add(path + ": documented \"" + documented + "\", got \"" + real + "\"");
        }
    }

    private static boolean isAny(String text) {
        return text.equals(ANY) || text.equals("...");
    }

    /** The text with each {@code …} (or {@code ...}) standing for any text, everything else literal. */
    private static Pattern glob(String text) {
        String[] parts = text.replace("...", ANY).split(ANY, -1);
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            regex.append(i > 0 ? ".*" : "").append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
