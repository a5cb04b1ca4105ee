package dev.crosswise.security;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Node;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import java.util.Map;

/**
 * How big an operation is, as written: nesting depth, fields selected (fragments counted where they are spread),
 * aliases in its document, and top-level fields. It depends on the document only, not on variables (fields under
 * {@code @skip}/{@code @include} count), so it is worked out once per cached document rather than on every request.
 */
record OperationShape(int depth, int fields, int aliases, int rootFields) {

    static OperationShape of(OperationDefinition operation, Node<?> document, Map<String, FragmentDefinition> fragments) {
        Measure measure = new Measure(fragments);
        measure.selections(operation.getSelectionSet(), 1);
        int rootFields = countRootFields(operation.getSelectionSet(), fragments);
        return new OperationShape(measure.depth, measure.fields, countAliases(document), rootFields);
    }

    /** Fields and depth of the selections, fragments expanded (validation has refused fragment cycles). */
    private static final class Measure {
        private final Map<String, FragmentDefinition> fragments;
        private int depth;
        private int fields;

        Measure(Map<String, FragmentDefinition> fragments) {
            this.fragments = fragments;
        }

        void selections(SelectionSet selections, int level) {
            if (selections == null) {
                return;
            }
            for (Selection<?> selection : selections.getSelections()) {
                switch (selection) {
                    case Field field -> {
                        fields++;
                        depth = Math.max(depth, level);
                        selections(field.getSelectionSet(), level + 1);
                    }
                    case InlineFragment inline -> selections(inline.getSelectionSet(), level);
                    case FragmentSpread spread -> {
                        FragmentDefinition fragment = fragments.get(spread.getName());
                        if (fragment != null) {
                            selections(fragment.getSelectionSet(), level);
                        }
                    }
                    default -> { }
                }
            }
        }
    }

    private static int countAliases(Node<?> node) {
        int count = node instanceof Field field && field.getAlias() != null ? 1 : 0;
        for (Node<?> child : node.getChildren()) {
            count += countAliases(child);
        }
        return count;
    }

    private static int countRootFields(SelectionSet selections, Map<String, FragmentDefinition> fragments) {
        if (selections == null) {
            return 0;
        }
        int count = 0;
        for (Selection<?> selection : selections.getSelections()) {
            switch (selection) {
                case Field field -> count++;
                case InlineFragment inline -> count += countRootFields(inline.getSelectionSet(), fragments);
                case FragmentSpread spread -> {
                    FragmentDefinition fragment = fragments.get(spread.getName());
                    if (fragment != null) {
                        count += countRootFields(fragment.getSelectionSet(), fragments);
                    }
                }
                default -> { }
            }
        }
        return count;
    }
}
