package dev.crosswise.decision;

import dev.crosswise.rules.facts.Channel;
import graphql.GraphQLContext;
import java.time.OffsetDateTime;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class DecisionController {

    private final DecisionService decisions;

    DecisionController(DecisionService decisions) {
        this.decisions = decisions;
    }

    @QueryMapping
    Decision whatNext(@Argument String customerId, @Argument Channel channel, @Argument Integer limit,
                      @Argument OffsetDateTime at, @Argument DecisionContextInput context, GraphQLContext request) {
        Decision decision = decisions.whatNext(customerId, channel, limit, at, context);
        DecisionContextInput.warnAboutProductsNotInCatalog(context, decision, request);
        return decision;
    }
}
