package dev.crosswise.exposure;

import dev.crosswise.decision.Decision;
import dev.crosswise.decision.DecisionContextInput;
import dev.crosswise.decision.DecisionService;
import dev.crosswise.rules.facts.Channel;
import graphql.GraphQLContext;
import java.time.OffsetDateTime;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** {@code Mutation.decide}: the decision {@code whatNext} would give, recorded with its exposures. */
@Controller
class DecideController {

    private final DecisionService decisions;
    private final Exposures exposures;

    DecideController(DecisionService decisions, Exposures exposures) {
        this.decisions = decisions;
        this.exposures = exposures;
    }

    @MutationMapping
    Decision decide(@Argument String customerId, @Argument Channel channel, @Argument Integer limit,
                    @Argument OffsetDateTime at, @Argument DecisionContextInput context, GraphQLContext request) {
        Decision decision = decisions.whatNext(customerId, channel, limit, at, context);
        DecisionContextInput.warnAboutProductsNotInCatalog(context, decision, request);
        return exposures.record(decision, context == null ? null : context.placement());
    }
}
