package dev.crosswise.exposure;

import dev.crosswise.api.BadRequestException;
import dev.crosswise.decision.Decision;
import dev.crosswise.decision.DecisionContextInput;
import dev.crosswise.decision.DecisionService;
import dev.crosswise.rules.facts.Channel;
import graphql.GraphQLContext;
import java.time.OffsetDateTime;
import org.neo4j.driver.exceptions.ClientException;
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

    /**
     * With a {@code requestId} already decided, the decision first recorded for it (a re-render: nothing is decided
     * or recorded again); otherwise a new decision, recorded.
     */
    @MutationMapping
    Decision decide(@Argument String customerId, @Argument Channel channel, @Argument Integer limit,
                    @Argument OffsetDateTime at, @Argument DecisionContextInput context, @Argument String requestId,
                    GraphQLContext request) {
        if (requestId != null) {
            if (requestId.isBlank()) {
                throw new BadRequestException("requestId", "requestId must not be blank: leave it out, or name the "
                        + "page render (the same id again returns the same decision)");
            }
            var recorded = exposures.recorded(requestId, customerId);
            if (recorded.isPresent()) {
                return recorded.get();
            }
        }
        Decision decision = decisions.whatNext(customerId, channel, limit, at, context);
        DecisionContextInput.warnAboutProductsNotInCatalog(context, decision, request);
        try {
            return exposures.record(decision, context == null ? null : context.placement(), requestId);
        } catch (ClientException e) {
            // the same request id decided at the same moment by another call: answer what that one recorded
            if (requestId != null && "Neo.ClientError.Schema.ConstraintValidationFailed".equals(e.code())) {
                return exposures.recorded(requestId, customerId).orElseThrow(() -> e);
            }
            throw e;
        }
    }
}
