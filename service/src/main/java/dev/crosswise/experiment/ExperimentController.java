package dev.crosswise.experiment;

import dev.crosswise.api.BadRequestException;
import dev.crosswise.rules.RuleProblem;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code Query.experiments}, {@code Query.experiment}, and {@code RuleSet.experimentProblems}. */
@Controller
class ExperimentController {

    private final ExperimentResults results;
    private final ExperimentsFolder folder;

    ExperimentController(ExperimentResults results, ExperimentsFolder folder) {
        this.results = results;
        this.folder = folder;
    }

    @QueryMapping
    List<ExperimentResult> experiments() {
        return results.all();
    }

    @QueryMapping
    ExperimentResult experiment(@Argument String name) {
        if (name == null || name.isBlank()) {
            throw new BadRequestException("name", "name must be an experiment's name, as written after 'name:' in its "
                    + "file under rules/experiments/ (Query.experiments lists them)");
        }
        return results.named(name);
    }

    @SchemaMapping(typeName = "RuleSet")
    List<RuleProblem> experimentProblems() {
        return folder.problems();
    }
}
