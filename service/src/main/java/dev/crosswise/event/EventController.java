package dev.crosswise.event;

import dev.crosswise.customer.Customer;
import dev.crosswise.customer.Customers;
import dev.crosswise.storefront.VisitorSessions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

@Controller
class EventController {

    private final EventRecorder recorder;
    private final Customers customers;
    private final ApplicationEventPublisher events;
    private final VisitorSessions visitors;

    EventController(EventRecorder recorder, Customers customers, ApplicationEventPublisher events,
                    VisitorSessions visitors) {
        this.recorder = recorder;
        this.customers = customers;
        this.events = events;
        this.visitors = visitors;
    }

    /** Answers the recorded event, and announces it (a replay too, marked duplicate) to whoever keeps count. */
    @MutationMapping
    RecordEventPayload recordEvent(@Argument EventInput input) {
        visitors.ensure("input.customerId", input.customerId()); // an anonymous session's first event makes its visitor
        RecordEventPayload recorded = recorder.record(input);
        events.publishEvent(recorded);
        return recorded;
    }

    /** One query for the customers of every event in the response. */
    @BatchMapping(typeName = "Event", field = "customer")
    Map<Event, Customer> customer(List<Event> events) {
        var found = customers.findAll(events.stream().map(Event::customerId).distinct().toList());
        Map<Event, Customer> byEvent = new LinkedHashMap<>();
        events.forEach(event -> byEvent.put(event, found.get(event.customerId())));
        return byEvent;
    }
}
