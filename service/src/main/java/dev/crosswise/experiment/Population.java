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
 */
record Population(Set<Tier> tiers, Channel consent) {

    static final Population ALL = new Population(Set.of(), null);

    Population {
        tiers = Set.copyOf(tiers);
    }

    boolean includes(Customer customer) {
        if (!tiers.isEmpty() && !tiers.contains(customer.tier())) {
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

    /** Whether some customer could be in both: tiers are the only condition that can set two segments apart. */
    boolean overlaps(Population other) {
        return tiers.isEmpty() || other.tiers.isEmpty() || tiers.stream().anyMatch(other.tiers::contains);
    }

    String describe() {
        if (tiers.isEmpty() && consent == null) {
            return "all customers";
        }
        String who = tiers.isEmpty() ? "customers" : "tier " + String.join("/", tiers.stream().map(Enum::name).sorted().toList());
        return consent == null ? who : who + " consenting to " + consent;
    }
}
