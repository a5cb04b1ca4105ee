package dev.crosswise.simulation;

import dev.crosswise.api.BadRequestException;
import dev.crosswise.decision.Decision;
import dev.crosswise.decision.DecisionContextInput;
import dev.crosswise.rules.RuleCompilationException;
import dev.crosswise.rules.RuleEngine;
import dev.crosswise.rules.RuleProblem;
import dev.crosswise.rules.RuleSet;
import dev.crosswise.rules.RulesProperties;
import dev.crosswise.rules.facts.Channel;
import graphql.GraphQLContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class SimulationController {

    private final WhatIf whatIf;
    private final RuleEngine ruleEngine;
    private final RulesProperties rulesProperties;

    SimulationController(WhatIf whatIf, RuleEngine ruleEngine, RulesProperties rulesProperties) {
        this.whatIf = whatIf;
        this.ruleEngine = ruleEngine;
        this.rulesProperties = rulesProperties;
    }

    @QueryMapping
    Simulation simulate(@Argument String customerId, @Argument OffsetDateTime at, @Argument List<SimulatedEvent> events,
                        @Argument Channel channel, @Argument Integer limit, @Argument DecisionContextInput context,
                        @Argument ProfileOverride profile, @Argument CandidateRules rules, GraphQLContext graphQl) {
        var request = new WhatIfRequest(customerId, at, events, channel, limit, context, profile);
        RuleSet serving = ruleEngine.current();
        RuleSet candidate = null;
        List<RuleProblem> problems = List.of();
        if (rules != null) {
            if (!rulesProperties.simulateDrl()) {
                throw new BadRequestException("rules", "candidate rules are turned off on this service "
                        + "(CROSSWISE_RULES_SIMULATE_DRL=false); simulate without `rules`, or use bin/check-rules");
            }
            try {
                candidate = CandidateRuleSets.compile(rules, rulesProperties.dir());
            } catch (RuleCompilationException e) {
                problems = e.problems();
            }
        }
        List<Decision> answers = whatIf.decideAll(request, candidate == null ? List.of(serving) : List.of(serving, candidate));
        Decision now = answers.getFirst();
        Decision next = candidate == null ? null : answers.get(1);
        DecisionContextInput.warnAboutProductsNotInCatalog(context, now, graphQl);
        return new Simulation(now, next, problems, next == null ? null : SimulationDiff.between(now, next),
                assumptions(request));
    }

    private static List<String> assumptions(WhatIfRequest request) {
        List<String> said = new ArrayList<>();
        for (SimulatedEvent e : request.events()) {
            StringBuilder line = new StringBuilder("Simulated ").append(e.type());
            if (e.sku() != null) {
                line.append(' ').append(e.sku());
            }
            if (e.tier() != null) {
                line.append(" to ").append(e.tier());
            }
            if (e.usagePercent() != null) {
                line.append(" at ").append(e.usagePercent()).append(" %");
            }
            line.append(e.at() == null ? " at the decision time" : " at " + e.at());
            said.add(line.toString());
        }
        ProfileOverride p = request.profile();
        if (p.tier() != null) {
            said.add("Profile: tier " + p.tier());
        }
        if (p.consents() != null) {
            said.add("Profile: consents to " + (p.consents().isEmpty() ? "no channel" : p.consents()) + " (and the web shop)");
        }
        if (p.optedOut() != null) {
            said.add("Profile: " + (p.optedOut() ? "opted out of every channel" : "not opted out"));
        }
        said.add("Nothing was written: the events exist only in this answer");
        return said;
    }
}
