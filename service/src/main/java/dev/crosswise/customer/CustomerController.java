package dev.crosswise.customer;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class CustomerController {

    private final Customers customers;
    private final CustomerUpserts upserts;

    CustomerController(Customers customers, CustomerUpserts upserts) {
        this.customers = customers;
        this.upserts = upserts;
    }

    @QueryMapping
    Customer customer(@Argument String id) {
        return customers.find(id).orElse(null);
    }

    @MutationMapping
    Customer upsertCustomer(@Argument CustomerInput input) {
        return upserts.upsert(input);
    }

    /** One query for the ownership of every customer in the response, never one per customer. */
    @BatchMapping
    Map<Customer, List<Ownership>> owns(List<Customer> customerList) {
        var owns = customers.ownershipOf(customerList.stream().map(Customer::id).distinct().toList());
        return customerList.stream().distinct().collect(Collectors.toMap(c -> c, c -> owns.getOrDefault(c.id(), List.of())));
    }
}
