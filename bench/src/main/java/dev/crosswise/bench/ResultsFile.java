package dev.crosswise.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * A run's results ({@code bench/results/*.json}), written by Jackson in the layout these files have always had, so
 * that the tooling and the documents that read them, and a diff between two runs, see no change: two-space indents,
 * one value per line, {@code "name": value}, empty maps and lists as {@code {}} and {@code []}, a figure that was
 * not measured (NaN) as {@code null}, a path as its text.
 */
public final class ResultsFile {

    private static final DefaultIndenter ONE_PER_LINE = new DefaultIndenter("  ", "\n");

    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .defaultPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("").withArrayEmptySeparator(""))
                    .withObjectIndenter(ONE_PER_LINE).withArrayIndenter(ONE_PER_LINE))
            .addModule(new SimpleModule("bench-results")
                    .addSerializer(Double.class, new FiniteOrNull())
                    .addSerializer(Double.TYPE, new FiniteOrNull())
                    .addSerializer(Path.class, ToStringSerializer.instance))
            .build();

    private ResultsFile() {
    }

    /** Writes {@code results} (maps, lists, records, strings, numbers, booleans) to {@code file}, ending with a newline. */
    public static Path write(Path file, Object results) throws IOException {
        Files.writeString(file, text(results) + "\n");
        return file;
    }

    /** A results file read back, as a tree. */
    public static JsonNode read(Path file) {
        return MAPPER.readTree(file.toFile());
    }

    static String text(Object results) {
        return MAPPER.writeValueAsString(results);
    }

    /** JSON has no NaN or infinity: a figure without a value is null, as readers of the files expect. */
    private static final class FiniteOrNull extends ValueSerializer<Double> {
        @Override
        public void serialize(Double value, JsonGenerator out, SerializationContext context) {
            if (value.isNaN() || value.isInfinite()) {
                out.writeNull();
            } else {
                out.writeNumber(value);
            }
        }
    }
}
