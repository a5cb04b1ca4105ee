package dev.crosswise.graph;

import java.util.ArrayList;
import java.util.List;

/** A versioned .cypher file split into statements: one statement per ';' that ends a line; '//' lines are comments. */
public record CypherScript(String name, List<String> statements) {

    public static CypherScript parse(String name, String text) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("//") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                statements.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return new CypherScript(name, List.copyOf(statements));
    }
}
