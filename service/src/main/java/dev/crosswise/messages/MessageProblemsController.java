package dev.crosswise.messages;

import dev.crosswise.rules.RuleProblem;
import java.util.List;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code RuleSet.messageProblems}: why a message template file is not taken, beside the rules' own status. */
@Controller
class MessageProblemsController {

    private final MessageTemplatesFolder texts;

    MessageProblemsController(MessageTemplatesFolder texts) {
        this.texts = texts;
    }

    @SchemaMapping(typeName = "RuleSet")
    List<RuleProblem> messageProblems() {
        return texts.problems();
    }
}
