package dev.crosswise.decision;

import dev.crosswise.catalog.Product;
import dev.crosswise.customer.Customer;
import dev.crosswise.rules.facts.CartItem;
import dev.crosswise.rules.facts.Candidate;
import dev.crosswise.rules.facts.CustomerProfile;
import dev.crosswise.rules.facts.Exposure;
import dev.crosswise.rules.facts.OfferResponse;
import dev.crosswise.rules.facts.Ownership;
import dev.crosswise.rules.facts.Signal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything one decision needs from the graph, read in one round trip, already shaped as rule facts: the customer,
 * what they own, their recent signals, the cart, earlier exposures and responses, and every strategy's candidates.
 * For an anonymous visitor, {@code customer} and {@code profile} are null and only the cart and candidates are known.
 */
public record CustomerContext(Customer customer, CustomerProfile profile, List<Ownership> owned, List<Signal> signals,
                              List<CartItem> cart, List<Exposure> exposures, List<OfferResponse> responses,
                              List<Candidate> candidates, Map<String, Product> products) {

    /** All facts for the rule session (the request is added by the caller). */
    public List<Object> facts() {
        List<Object> facts = new ArrayList<>(2 + owned.size() + signals.size() + cart.size() + exposures.size()
                + responses.size() + candidates.size());
        if (profile != null) { // an anonymous visitor has none: the rules that need a customer do not match
            facts.add(profile);
        }
        facts.addAll(owned);
        facts.addAll(signals);
        facts.addAll(cart);
        facts.addAll(exposures);
        facts.addAll(responses);
        facts.addAll(candidates);
        return facts;
    }
}
