package dev.crosswise.authoring;

import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class RuleSetController {

    private final RulesReloader reloader;

    RuleSetController(RulesReloader reloader) {
        this.reloader = reloader;
    }

    @QueryMapping
    RuleSetStatus ruleSet() {
        return reloader.status();
    }

    /** Synchronous: answers once the change serves or was rejected, with the rule set serving then. */
    @MutationMapping
    RuleSetStatus reloadRules() {
        return reloader.reload("reloadRules");
    }
}
