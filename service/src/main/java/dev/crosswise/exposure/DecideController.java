package dev.crosswise.exposure;

import dev.crosswise.api.BadRequestException;
import dev.crosswise.decision.Decision;
import dev.crosswise.decision.DecisionContextInput;
import dev.crosswise.decision.DecisionMade;
import dev.crosswise.decision.DecisionService;
import dev.crosswise.decision.Placement;
import dev.crosswise.graph.UniqueWrites;
import dev.crosswise.storefront.VisitorSessions;
import dev.crosswise.rules.facts.Channel;
import graphql.GraphQLContext;
import java.time.OffsetDateTime;
import org.neo4j.driver.exceptions.ClientException;
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
    private final VisitorSessions visitors;

    DecideController(DecisionService decisions, Exposures exposures, ApplicationEventPublisher events,
                     VisitorSessions visitors) {
        this.decisions = decisions;
        this.exposures = exposures;
        this.events = events;
        this.visitors = visitors;
    }

    /**
     * With a {@code requestId} already decided, the decision first recorded for it (a re-render: nothing is decided
     * or recorded again); otherwise a new decision, recorded.
     */
    @MutationMapping
    Decision decide(@Argument String customerId, @Argument Channel channel, @Argument Integer limit,
                    @Argument OffsetDateTime at, @Argument DecisionContextInput context, @Argument String requestId,
                    GraphQLContext request) {
        visitors.ensure("customerId", customerId); // an anonymous session's first decision makes its visitor
        if (requestId != null) {
            if (requestId.isBlank()) {
                throw new BadRequestException("requestId", "requestId must not be blank: leave it out, or name the "
                        + "page render (the same id again returns the same decision)");
            }
            var recorded = exposures.recorded(requestId, customerId);
            if (recorded.isPresent()) {
                return recorded.get(); // a re-render: no new decision, so nothing to count either
            }
        }
        long started = System.nanoTime();
        Decision decision = decisions.whatNext(customerId, channel, limit, at, context);
        DecisionContextInput.warnAboutProductsNotInCatalog(context, decision, request);
        Placement placement = context == null ? null : context.placement();
        Decision recorded;
        try {
            recorded = exposures.record(decision, placement, requestId);
        } catch (ClientException e) {
            // the same request id decided at the same moment by another call: answer what that one recorded
            if (requestId != null && UniqueWrites.lostTheRace(e)) {
                return exposures.recordedByTheWinner(requestId, customerId).orElseThrow(() -> e);
            }
            throw e;
        }
        events.publishEvent(new DecisionMade(recorded, channel, placement, System.nanoTime() - started));
        return recorded;
    }
}
