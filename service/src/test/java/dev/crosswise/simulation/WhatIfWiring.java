package dev.crosswise.simulation;

import dev.crosswise.decision.DecisionWiring;
import dev.crosswise.graph.Graph;
import dev.crosswise.rules.RuleSet;
import java.time.Clock;

/** A {@link WhatIf} wired by hand on a graph, for tests that need no Spring context. */
public final class WhatIfWiring {

    private WhatIfWiring() {
    }

    public static WhatIf whatIf(Graph graph, RuleSet serving) {
        var engine = DecisionWiring.engine(serving);
        Clock clock = Clock.systemUTC();
        return new WhatIf(DecisionWiring.contextReader(graph), DecisionWiring.decisionService(graph, engine, clock),
                engine, graph, clock);
    }
}
