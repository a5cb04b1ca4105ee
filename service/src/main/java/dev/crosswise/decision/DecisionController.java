package dev.crosswise.decision;

import dev.crosswise.rules.facts.Channel;
import graphql.GraphQLContext;
import java.time.OffsetDateTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class DecisionController {

    private final DecisionService decisions;
    private final ApplicationEventPublisher events;

    DecisionController(DecisionService decisions, ApplicationEventPublisher events) {
        this.decisions = decisions;
        this.events = events;
    }

    @QueryMapping
    Decision whatNext(@Argument String customerId, @Argument Channel channel, @Argument Integer limit,
                      @Argument OffsetDateTime at, @Argument DecisionContextInput context, GraphQLContext request) {
        long started = System.nanoTime();
        Decision decision = decisions.whatNext(customerId, channel, limit, at, context);
        DecisionContextInput.warnAboutProductsNotInCatalog(context, decision, request);
        events.publishEvent(new DecisionMade(decision, channel, context == null ? null : context.placement(),
                System.nanoTime() - started));
        return decision;
    }
}
