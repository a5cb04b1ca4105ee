package dev.crosswise.security;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Node;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Refuses alias floods ({@code a1: whatNext(...) a2: whatNext(...) ...}) and batches of many operations in one
 * request: depth and complexity limits alone let both through, since each copy is shallow and cheap to count.
 */
final class AliasAndBatchLimits extends SimplePerformantInstrumentation {

    private final RequestLimits limits;

    AliasAndBatchLimits(RequestLimits limits) {
        this.limits = limits;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                                                                         InstrumentationState state) {
        var context = parameters.getExecutionContext();
        int aliases = countAliases(context.getDocument());
        if (aliases > limits.maxAliases()) {
            throw Rejections.abort("maxAliases", "The document uses " + aliases + " aliases; at most "
                    + limits.maxAliases() + " are accepted");
        }
        int rootFields = countFields(context.getOperationDefinition().getSelectionSet(), context.getFragmentsByName(),
                new HashSet<>());
        if (rootFields > limits.maxRootFields()) {
            throw Rejections.abort("maxRootFields", "The operation asks for " + rootFields
                    + " top-level fields; at most " + limits.maxRootFields() + " are accepted in one request");
        }
        return super.beginExecuteOperation(parameters, state);
    }

    private static int countAliases(Node<?> node) {
        int count = node instanceof Field field && field.getAlias() != null ? 1 : 0;
        for (Node<?> child : node.getChildren()) {
            count += countAliases(child);
        }
        return count;
    }

    private static int countFields(SelectionSet selections, Map<String, FragmentDefinition> fragments, Set<String> seen) {
        if (selections == null) {
            return 0;
        }
        int count = 0;
        for (Selection<?> selection : selections.getSelections()) {
            switch (selection) {
                case Field field -> count++;
                case InlineFragment inline -> count += countFields(inline.getSelectionSet(), fragments, seen);
                case FragmentSpread spread -> {
                    FragmentDefinition fragment = fragments.get(spread.getName());
                    if (fragment != null && seen.add(spread.getName())) {
                        count += countFields(fragment.getSelectionSet(), fragments, seen);
                    }
                }
                default -> { }
            }
        }
        return count;
    }
}
