package dev.crosswise.messages;

import dev.crosswise.rules.facts.Moment;
import dev.crosswise.rules.facts.Strategy;
import java.util.List;
import java.util.Map;

/**
 * What an action's texts are made of: which templates apply (its moment, strategy and variants, from the most
 * specific key to the most general) and the words that fill their placeholders. Kept with the action, so that its
 * texts can be said in the language a request asks for.
 *
 * @param moment   null when no moment applies
 * @param variants the cases a strategy or moment words apart, e.g. {@code trending} for a POPULAR product that is
 *                 trending rather than a best seller ({@link MessageTemplateFile#VARIANTS})
 * @param values   by placeholder name ({@link MessageTemplateFile#PLACEHOLDERS}); {@code tier} and {@code season}
 *                 hold codes ({@code GOLD}, {@code WINTER}, {@code ANY}) that each language names
 */
public record Wording(Moment moment, Strategy strategy, List<String> variants, Map<String, String> values) {

    public Wording {
        variants = List.copyOf(variants);
        values = Map.copyOf(values);
    }

    /**
     * The wording of an action known only by its strategy, moment and product (a decision replayed from what was
     * recorded): templates needing more than the product give way to more general ones.
     */
    public static Wording ofProduct(Strategy strategy, Moment moment, String productName) {
        return new Wording(moment, strategy, List.of(), productName == null ? Map.of() : Map.of("product", productName));
    }
}
