package dev.crosswise.storefront;

import dev.crosswise.customer.Customer;
import dev.crosswise.customer.Customers;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** {@code Mutation.linkVisitor}: the shop's server hands a visitor's session to the customer who logged in. */
@Controller
class VisitorController {

    private final VisitorSessions visitors;
    private final Customers customers;

    VisitorController(VisitorSessions visitors, Customers customers) {
        this.visitors = visitors;
        this.customers = customers;
    }

    /** GraphQL type {@code LinkVisitorPayload}. */
    record LinkVisitorPayload(Customer customer, int decisions, int events) {
    }

    @MutationMapping
    LinkVisitorPayload linkVisitor(@Argument String visitorId, @Argument String customerId) {
        VisitorSessions.Linked linked = visitors.link(visitorId, customerId);
        return new LinkVisitorPayload(customers.find(linked.customerId()).orElseThrow(), linked.decisions(), linked.events());
    }
}
