package dev.crosswise.bench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A command's {@code --name value} options (a name with no value is {@code true}), read with their defaults: every
 * command of {@link BenchCommand} says what it takes, and its type, in one line each.
 */
final class CommandOptions {

    private final Map<String, String> values;
    private final List<String> args;

    private CommandOptions(Map<String, String> values, List<String> args) {
        this.values = values;
        this.args = args;
    }

    /** The options after the command, {@code args[0]}. */
    static CommandOptions parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            String name = args[i].substring(2);
            String value = i + 1 < args.length && !args[i + 1].startsWith("--") ? args[++i] : "true";
            values.put(name, value);
        }
        return new CommandOptions(values, List.of(args));
    }

    /** The whole command line, as the results record it. */
    List<String> commandLine() {
        return args;
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    /** The value, or null when not given. */
    String text(String name) {
        return values.get(name);
    }

    String text(String name, String otherwise) {
        return values.getOrDefault(name, otherwise);
    }

    String required(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    int integer(String name, int otherwise) {
        String value = values.get(name);
        return value == null ? otherwise : Integer.parseInt(value);
    }

    long number(String name, long otherwise) {
        String value = values.get(name);
        return value == null ? otherwise : Long.parseLong(value);
    }

    double decimal(String name, double otherwise) {
        String value = values.get(name);
        return value == null ? otherwise : Double.parseDouble(value);
    }

    Path path(String name, Path otherwise) {
        String value = values.get(name);
        return value == null ? otherwise : Path.of(value);
    }

    /** The checkout the command works in ({@code --repo}, else the current directory). */
    Path repo() {
        return Path.of(text("repo", ".")).toAbsolutePath().normalize();
    }

    /** {@code --service-jar}, else the one {@code ./mvnw package} built in the checkout. */
    Path serviceJar() throws Exception {
        if (has("service-jar")) {
            return Path.of(text("service-jar"));
        }
        try (Stream<Path> jars = Files.list(repo().resolve("service/target"))) {
            return jars.filter(p -> p.getFileName().toString().matches("crosswise-service-.*-exec\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "no service/target/crosswise-service-*-exec.jar: run ./mvnw -B package -DskipTests"));
        }
    }
}
