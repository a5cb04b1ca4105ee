package dev.crosswise.exposure;

import dev.crosswise.catalog.Product;
import dev.crosswise.customer.Customer;
import dev.crosswise.decision.Action;
import dev.crosswise.decision.Decision;
import dev.crosswise.decision.ExperimentAssignment;
import dev.crosswise.decision.Reason;
import dev.crosswise.decision.SuppressedCandidate;
import dev.crosswise.messages.Wording;
import dev.crosswise.promotion.Offer;
import dev.crosswise.promotion.OfferKind;
import dev.crosswise.promotion.Promotion;
import dev.crosswise.rules.facts.Channel;
import dev.crosswise.rules.facts.Moment;
import dev.crosswise.rules.facts.Strategy;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answer a decision gave, as stored on a {@code Decision} decided with a {@code requestId}, so a re-render asking
 * again with the same id gets exactly that answer back — the same actions, messages and reasons — instead of a new
 * decision (which would count again, and might differ), offers included. Products and promotions are stored by id and
 * read back current.
 */
record RecordedAnswer(List<RecordedAction> actions, List<RecordedSuppression> suppressed) {

    record RecordedAction(int rank, String sku, Strategy strategy, Moment moment, Channel channel, double score,
                          String message, List<Reason> reasons, Wording wording, RecordedOffer offer) {
    }

    /**
     * The action's offer as answered: its promotion by id, its products by sku ({@code expiresAt} ISO-8601); {@code gap}
     * null in answers recorded before it was (their free-shipping message is then said in English).
     */
    record RecordedOffer(OfferKind kind, double price, double saving, String expiresAt, String promotion,
                         List<String> skus, String message, Double gap) {

        static RecordedOffer of(Offer offer) {
            return offer == null ? null : new RecordedOffer(offer.kind(), offer.price(), offer.saving(),
                    offer.expiresAt() == null ? null : offer.expiresAt().toString(),
                    offer.promotion() == null ? null : offer.promotion().id(),
                    offer.products().stream().map(Product::sku).toList(), offer.message(), offer.gap());
        }

        /** The offer again; a promotion or product deleted since is left out of it. */
        Offer offer(Map<String, Product> products, Map<String, Promotion> promotions) {
            return new Offer(kind, price, saving, expiresAt == null ? null : OffsetDateTime.parse(expiresAt),
                    promotion == null ? null : promotions.get(promotion),
                    skus == null ? List.of() : skus.stream().map(products::get).filter(java.util.Objects::nonNull).toList(),
                    message, gap);
        }
    }

    record RecordedSuppression(String sku, Strategy strategy, String rule, String reason) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static String json(Decision decision) {
        return JSON.writeValueAsString(new RecordedAnswer(
                decision.actions().stream().map(a -> new RecordedAction(a.rank(), a.product().sku(), a.strategy(),
                        a.moment(), a.channel(), a.score(), a.message(), a.reasons(), a.wording(),
                        RecordedOffer.of(a.offer()))).toList(),
                decision.suppressed().stream().map(s -> new RecordedSuppression(s.product().sku(), s.strategy(),
                        s.rule(), s.reason())).toList()));
    }

    static RecordedAnswer parse(String json) {
        return JSON.readValue(json, RecordedAnswer.class);
    }

    Set<String> skus() {
        Set<String> skus = new HashSet<>();
        actions.forEach(a -> {
            skus.add(a.sku());
            if (a.offer() != null && a.offer().skus() != null) {
                skus.addAll(a.offer().skus());
            }
        });
        suppressed.forEach(s -> skus.add(s.sku()));
        return skus;
    }

    /** The decision as first answered; a product deleted since is left out. */
    Decision decision(String id, Customer customer, OffsetDateTime at, String rulesVersion, Map<String, Product> products,
                      Map<String, Promotion> promotions, List<ExperimentAssignment> experiments, String heldOutReason) {
        List<Action> replayed = actions.stream().filter(a -> products.containsKey(a.sku()))
                .map(a -> {
                    Product product = products.get(a.sku());
                    Wording wording = a.wording() != null ? a.wording()
                            : Wording.ofProduct(a.strategy(), a.moment(), product.name());
                    return new Action(a.rank(), product, a.strategy(), a.moment(), a.channel(), a.score(), a.message(),
                            a.reasons(), wording, a.offer() == null ? null : a.offer().offer(products, promotions));
                })
                .toList();
        List<SuppressedCandidate> held = suppressed.stream().filter(s -> products.containsKey(s.sku()))
                .map(s -> new SuppressedCandidate(products.get(s.sku()), s.strategy(), s.rule(), s.reason()))
                .toList();
        return new Decision(id, customer, at, rulesVersion, replayed, held, true, Set.of(), experiments, heldOutReason);
    }
}
