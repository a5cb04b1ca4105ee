package dev.crosswise.exposure;

import dev.crosswise.decision.Decision;
import dev.crosswise.decision.DecisionContextInput;
import dev.crosswise.decision.DecisionMade;
import dev.crosswise.decision.DecisionService;
import dev.crosswise.decision.Placement;
import dev.crosswise.rules.facts.Channel;
import graphql.GraphQLContext;
import java.time.OffsetDateTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** {@code Mutation.decide}: the decision {@code whatNext} would give, recorded with its exposures. */
@Controller
class DecideController {

    private final DecisionService decisions;
    private final Exposures exposures;
    private final ApplicationEventPublisher events;

    DecideController(DecisionService decisions, Exposures exposures, ApplicationEventPublisher events) {
        this.decisions = decisions;
        this.exposures = exposures;
        this.events = events;
    }

    @MutationMapping
    Decision decide(@Argument String customerId, @Argument Channel channel, @Argument Integer limit,
                    @Argument OffsetDateTime at, @Argument DecisionContextInput context, GraphQLContext request) {
        long started = System.nanoTime();
        Decision decision = decisions.whatNext(customerId, channel, limit, at, context);
        DecisionContextInput.warnAboutProductsNotInCatalog(context, decision, request);
        Placement placement = context == null ? null : context.placement();
        Decision recorded = exposures.record(decision, placement);
        events.publishEvent(new DecisionMade(recorded, channel, placement, System.nanoTime() - started));
        return recorded;
    }
}
