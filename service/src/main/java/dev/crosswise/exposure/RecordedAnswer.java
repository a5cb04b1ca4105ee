package dev.crosswise.exposure;

import dev.crosswise.catalog.Product;
import dev.crosswise.customer.Customer;
import dev.crosswise.decision.Action;
import dev.crosswise.decision.Decision;
import dev.crosswise.decision.ExperimentAssignment;
import dev.crosswise.decision.Reason;
import dev.crosswise.decision.SuppressedCandidate;
import dev.crosswise.messages.Wording;
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
 * decision (which would count again, and might differ). Products are stored by sku and read back current.
 */
record RecordedAnswer(List<RecordedAction> actions, List<RecordedSuppression> suppressed) {

    record RecordedAction(int rank, String sku, Strategy strategy, Moment moment, Channel channel, double score,
                          String message, List<Reason> reasons, Wording wording) {
    }

    record RecordedSuppression(String sku, Strategy strategy, String rule, String reason) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static String json(Decision decision) {
        return JSON.writeValueAsString(new RecordedAnswer(
                decision.actions().stream().map(a -> new RecordedAction(a.rank(), a.product().sku(), a.strategy(),
                        a.moment(), a.channel(), a.score(), a.message(), a.reasons(), a.wording())).toList(),
                decision.suppressed().stream().map(s -> new RecordedSuppression(s.product().sku(), s.strategy(),
                        s.rule(), s.reason())).toList()));
    }

    static RecordedAnswer parse(String json) {
        return JSON.readValue(json, RecordedAnswer.class);
    }

    Set<String> skus() {
        Set<String> skus = new HashSet<>();
        actions.forEach(a -> skus.add(a.sku()));
        suppressed.forEach(s -> skus.add(s.sku()));
        return skus;
    }

    /** The decision as first answered; a product deleted since is left out. */
    Decision decision(String id, Customer customer, OffsetDateTime at, String rulesVersion, Map<String, Product> products,
                      List<ExperimentAssignment> experiments, String heldOutReason) {
        List<Action> replayed = actions.stream().filter(a -> products.containsKey(a.sku()))
                .map(a -> a.wording() == null
                        ? new Action(a.rank(), products.get(a.sku()), a.strategy(), a.moment(), a.channel(), a.score(),
                                a.message(), a.reasons())
                        : new Action(a.rank(), products.get(a.sku()), a.strategy(), a.moment(), a.channel(), a.score(),
                                a.message(), a.reasons(), a.wording()))
                .toList();
        List<SuppressedCandidate> held = suppressed.stream().filter(s -> products.containsKey(s.sku()))
                .map(s -> new SuppressedCandidate(products.get(s.sku()), s.strategy(), s.rule(), s.reason()))
                .toList();
        return new Decision(id, customer, at, rulesVersion, replayed, held, true, Set.of(), experiments, heldOutReason);
    }
}
