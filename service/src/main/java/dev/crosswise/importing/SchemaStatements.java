package dev.crosswise.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.schema.IndexCreator;
import org.neo4j.graphdb.schema.IndexType;
import org.neo4j.graphdb.schema.Schema;

/**
 * The schema statements of {@code graph-model/schema} as calls of Neo4j's schema API, for a database running in this
 * JVM: after an offline load nothing else runs Cypher yet, and compiling twenty statements on a cold Cypher compiler
 * cost several seconds of CPU — as much as populating the indexes. Knows the three shapes the schema files use
 * (a unique property, a node index on properties, a relationship index on properties), each a RANGE index as
 * Cypher makes it; anything else is not translated, and the caller runs the statements through Cypher instead.
 */
final class SchemaStatements {

    private static final Pattern UNIQUE = Pattern.compile(
            "CREATE CONSTRAINT (\\w+) IF NOT EXISTS FOR \\((\\w+):(\\w+)\\) REQUIRE (\\w+)\\.(\\w+) IS UNIQUE",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NODE_INDEX = Pattern.compile(
            "CREATE INDEX (\\w+) IF NOT EXISTS FOR \\((\\w+):(\\w+)\\) ON \\(([\\w., ]+)\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATIONSHIP_INDEX = Pattern.compile(
            "CREATE INDEX (\\w+) IF NOT EXISTS FOR \\(\\)-\\[(\\w+):(\\w+)\\]-\\(\\) ON \\(([\\w., ]+)\\)",
            Pattern.CASE_INSENSITIVE);

    private SchemaStatements() {
    }

    /** Each statement as a call on a transaction's schema, or empty when one of them has another shape. */
    static Optional<List<Consumer<Schema>>> translate(List<String> statements) {
        List<Consumer<Schema>> calls = new ArrayList<>();
        for (String statement : statements) {
            String text = statement.strip().replaceAll("\\s+", " ").replaceAll(";$", "");
            Matcher m;
            if ((m = UNIQUE.matcher(text)).matches() && m.group(2).equals(m.group(4))) {
                String name = m.group(1);
                Label label = Label.label(m.group(3));
                String property = m.group(5);
                calls.add(schema -> schema.constraintFor(label).assertPropertyIsUnique(property).withName(name)
                        .withIndexType(IndexType.RANGE).create());
            } else if ((m = NODE_INDEX.matcher(text)).matches() || (m = RELATIONSHIP_INDEX.matcher(text)).matches()) {
                List<String> properties = properties(m.group(2), m.group(4));
                if (properties == null) {
                    return Optional.empty();
                }
                String name = m.group(1);
                String labelOrType = m.group(3);
                Function<Schema, IndexCreator> index = m.pattern() == NODE_INDEX
                        ? schema -> schema.indexFor(Label.label(labelOrType))
                        : schema -> schema.indexFor(RelationshipType.withName(labelOrType));
                calls.add(schema -> create(index.apply(schema), properties, name));
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(calls);
    }

    private static void create(IndexCreator index, List<String> properties, String name) {
        for (String property : properties) {
            index = index.on(property);
        }
        index.withName(name).withIndexType(IndexType.RANGE).create();
    }

    /** "e.type, e.at" of variable e -> [type, at]; null when a property is not the variable's. */
    private static List<String> properties(String variable, String list) {
        List<String> properties = new ArrayList<>();
        for (String item : Arrays.stream(list.split(",")).map(String::strip).toList()) {
            if (!item.startsWith(variable + ".")) {
                return null;
            }
            properties.add(item.substring(variable.length() + 1));
        }
        return properties;
    }
}
