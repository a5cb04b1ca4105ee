package dev.crosswise.attribution;

import dev.crosswise.customer.Customer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

@Controller
class AttributionController {

    private final CreditedPurchases credits;

    AttributionController(CreditedPurchases credits) {
        this.credits = credits;
    }

    /** {@code Customer.attributions}: one query for every customer in the answer. */
    @BatchMapping(typeName = "Customer", field = "attributions")
    Map<Customer, List<CreditedPurchase>> attributions(List<Customer> customers) {
        var byId = credits.ofCustomers(customers.stream().map(Customer::id).distinct().toList());
        return customers.stream().distinct().collect(Collectors.toMap(c -> c, c -> byId.getOrDefault(c.id(), List.of())));
    }
}
