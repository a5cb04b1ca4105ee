package dev.crosswise.experiment;

import dev.crosswise.customer.Customer;
import dev.crosswise.rules.facts.Channel;
import dev.crosswise.rules.facts.Tier;
import java.util.Set;

/**
 * Who an experiment is for: every customer, or a segment. Each condition given must hold.
 *
 * @param tiers   the customer's loyalty tier is one of these; empty = any tier
 * @param consent the customer consents to marketing on this channel (and has not opted out); null = any customer
 * @param customerIdPrefix the customer's id starts with this (e.g. a shop's or a country's id range, test accounts,
 *                the demo's {@code shopper-}); null = any id
 * @param condition a rule's constraint on the customer, as written inside {@code CustomerProfile( ... )} in a DRL
 *                file ({@code spend >= 500 && daysSinceJoined < 365}); checked by {@link PopulationConditions}; null =
 *                any customer
 * @param conditionLine the line of {@code condition} in the experiment's file, where its problems are reported
 */
record Population(Set<Tier> tiers, Channel consent, String customerIdPrefix, String condition, int conditionLine) {

    static final Population ALL = new Population(Set.of(), null, null);

    Population(Set<Tier> tiers, Channel consent) {
        this(tiers, consent, null);
    }

    Population(Set<Tier> tiers, Channel consent, String customerIdPrefix) {
        this(tiers, consent, customerIdPrefix, null, 0);
    }

    Population {
        tiers = Set.copyOf(tiers);
    }

    boolean includes(Customer customer) {
        if (!tiers.isEmpty() && !tiers.contains(customer.tier())) {
            return false;
        }
        if (customerIdPrefix != null && (customer.id() == null || !customer.id().startsWith(customerIdPrefix))) {
            return false;
        }
        if (consent == null) {
            return true;
        }
        Customer.Consents consents = customer.consents();
        boolean given = switch (consent) {
            case EMAIL -> consents != null && consents.email();
            case SMS -> consents != null && consents.sms();
            case MOBILE -> consents != null && consents.mobile();
            case DIRECT -> consents != null && consents.direct();
            case WEB -> true; // the shop's own pages need no consent
        };
        return given && !customer.optedOut();
    }

    /**
     * Whether some customer could be in both: tiers and id prefixes can set two segments apart (consent cannot: a
     * customer may consent to every channel). Two prefixes share customers when one starts with the other.
     */
    boolean overlaps(Population other) {
        boolean tiersShared = tiers.isEmpty() || other.tiers.isEmpty() || tiers.stream().anyMatch(other.tiers::contains);
        boolean idsShared = customerIdPrefix == null || other.customerIdPrefix == null
                || customerIdPrefix.startsWith(other.customerIdPrefix) || other.customerIdPrefix.startsWith(customerIdPrefix);
        return tiersShared && idsShared;
    }

    String describe() {
        if (tiers.isEmpty() && consent == null && customerIdPrefix == null && condition == null) {
            return "all customers";
        }
        String who = tiers.isEmpty() ? "customers" : "tier " + String.join("/", tiers.stream().map(Enum::name).sorted().toList());
        if (customerIdPrefix != null) {
            who += " with ids starting '" + customerIdPrefix + "'";
        }
        if (consent != null) {
            who += " consenting to " + consent;
        }
        return condition == null ? who : who + " where " + condition;
    }
}
