package dev.crosswise.security;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import java.util.Map;

/**
 * How big an operation is, as written: nesting depth, fields selected, aliased fields and top-level fields, with
 * fragments counted where they are spread. It depends on the document only, not on variables (fields under
 * {@code @skip}/{@code @include} count), so it is worked out once per cached document rather than on every request.
 */
record OperationShape(int depth, int fields, int aliases, int rootFields) {

    static OperationShape of(OperationDefinition operation, Map<String, FragmentDefinition> fragments) {
        Measure measure = new Measure(fragments);
        measure.selections(operation.getSelectionSet(), 1);
        return new OperationShape(measure.depth, measure.fields, measure.aliases, measure.rootFields);
    }

    /** One walk over the selections, fragments expanded (validation has refused fragment cycles). */
    private static final class Measure {
        private final Map<String, FragmentDefinition> fragments;
        private int depth;
        private int fields;
        private int aliases;
        private int rootFields;

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
                        rootFields += level == 1 ? 1 : 0;
                        aliases += field.getAlias() != null ? 1 : 0;
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
}
