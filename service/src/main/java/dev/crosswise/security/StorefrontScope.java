package dev.crosswise.security;

import dev.crosswise.storefront.VisitorIds;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What a storefront caller may do with the operations it may call ({@link OperationRoles}): act for its own customer
 * only, and record browsing only. With a customer token (a JWT whose subject is the customer, signed by the shop's
 * backend) that customer is the token's subject; with the storefront key alone the caller is an anonymous visitor,
 * who may ask {@code whatNext} without a customer, or act for an anonymous session id ({@link VisitorIds}: decide,
 * record browsing and respond to that session's decisions), and for no customer. Each answer is null when fine, else
 * the reason for a FORBIDDEN error.
 */
final class StorefrontScope {

    /** The events a browser may report; purchases, returns, support cases and profile changes come from a server. */
    static final Set<String> BROWSING_EVENTS = Set.of("VIEW", "VISIT", "CART_ADD", "CART_REMOVE");

    /** The customer a recorded decision is for, or empty when there is no such decision. */
    private final Function<String, Optional<String>> customerOfDecision;

    StorefrontScope(Function<String, Optional<String>> customerOfDecision) {
        this.customerOfDecision = customerOfDecision;
    }

    /** Why {@code caller} (a storefront) may not call {@code operation} with {@code arguments}; null when it may. */
    String refusal(String operation, Map<String, Object> arguments, Caller caller) {
        return switch (operation) {
            case "Query.whatNext" -> {
                Object customer = arguments.get("customerId");
                yield customer == null ? null : forCustomer(operation, (String) customer, caller);
            }
            case "Mutation.decide" -> forCustomer(operation, (String) arguments.get("customerId"), caller);
            case "Mutation.recordEvent" -> {
                Map<?, ?> input = (Map<?, ?>) arguments.get("input");
                Object type = input == null ? null : input.get("type");
                if (type != null && !BROWSING_EVENTS.contains(type.toString())) {
                    yield "A storefront key or token may not record " + type + " events, only VIEW, VISIT, CART_ADD "
                            + "and CART_REMOVE: purchases, returns, support cases and profile changes come from the "
                            + "shop's server, with a server key (frontend role)";
                }
                yield forCustomer(operation, input == null ? null : (String) input.get("customerId"), caller);
            }
            case "Mutation.recordResponse" -> {
                Map<?, ?> input = (Map<?, ?>) arguments.get("input");
                Object decision = input == null ? null : input.get("decisionId");
                Optional<String> owner = decision == null ? Optional.empty() : customerOfDecision.apply(decision.toString());
                // an unknown decision is left to the recorder, which answers NOT_FOUND
                if (caller.customerId() == null) {
                    yield owner.isPresent() && !VisitorIds.claims(owner.get())
                            ? "Decision " + decision + " was made for a customer: the storefront key may respond only "
                                    + "to the decisions of anonymous visitors (" + VisitorIds.PREFIX + " ids); a "
                                    + "customer's page responds with its customer token"
                            : null;
                }
                yield owner.isPresent() && !owner.get().equals(caller.customerId())
                        ? "Decision " + decision + " was made for another customer; this customer token may respond "
                                + "only to the decisions of customer " + caller.customerId()
                        : null;
            }
            default -> null;
        };
    }

    private static String forCustomer(String operation, String customerId, Caller caller) {
        if (caller.customerId() == null) {
            // the storefront key: a visitor's page may act for its own anonymous session, never for a customer
            return VisitorIds.claims(customerId) ? null : anonymous(operation);
        }
        if (!caller.customerId().equals(customerId)) {
            return "This customer token is for customer " + caller.customerId() + "; it may not act for customer "
                    + customerId;
        }
        return null;
    }

    private static String anonymous(String operation) {
        return "The storefront key is for anonymous visitors: it may ask whatNext without a customerId, or act for an "
                + "anonymous session id (" + VisitorIds.PREFIX + " then 16 to 100 random characters). " + operation
                + " for a customer needs a customer token (a JWT whose subject is the customer, signed by the shop's "
                + "backend)";
    }
}
