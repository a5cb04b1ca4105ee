package dev.crosswise.security;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** An operation's size as the limits see it: fields and depth with fragments expanded where they are spread. */
class OperationShapeTest {

    @Test
    void fieldsAndDepthCountFragmentsWhereTheyAreSpread() {
        OperationShape shape = shapeOf("""
                query { whatNext(customerId: "C-ADA") { ...Acts top: actions { rank } } }
                fragment Acts on Decision { actions { rank product { sku } reasons { rule } } }
                """);
        // whatNext, actions, rank, product, sku, reasons, rule (fragment) + top, rank (aliased copy)
        assertThat(shape.fields()).isEqualTo(9);
        assertThat(shape.depth()).isEqualTo(4);
        assertThat(shape.aliases()).isEqualTo(1);
        assertThat(shape.rootFields()).isEqualTo(1);
    }

    @Test
    void fieldsUnderSkipOrIncludeCountWhateverTheVariablesSay() {
        OperationShape shape = shapeOf("""
                query($full: Boolean!) { whatNext(customerId: "C-ADA") { id actions @include(if: $full) { rank } } }
                """);
        assertThat(shape.fields()).isEqualTo(4);
    }

    @Test
    void topLevelFieldsCountThroughInlineFragments() {
        OperationShape shape = shapeOf("""
                { a: product(sku: "A") { sku } ... on Query { b: product(sku: "B") { sku } } }
                """);
        assertThat(shape.rootFields()).isEqualTo(2);
        assertThat(shape.aliases()).isEqualTo(2);
    }

    private static OperationShape shapeOf(String text) {
        Document document = Parser.parse(text);
        OperationDefinition operation = document.getDefinitionsOfType(OperationDefinition.class).getFirst();
        Map<String, FragmentDefinition> fragments = document.getDefinitionsOfType(FragmentDefinition.class).stream()
                .collect(Collectors.toMap(FragmentDefinition::getName, Function.identity()));
        return OperationShape.of(operation, fragments);
    }
}
