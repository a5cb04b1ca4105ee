package dev.crosswise.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.crosswise.CrosswiseHttpTest;
import dev.crosswise.docs.DocumentedExamples.Example;
import dev.crosswise.docs.DocumentedExamples.Operation;
import dev.crosswise.security.Role;
import graphql.ExecutionInput;
import graphql.ParseAndValidate;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every GraphQL example of the README and {@code docs/} is sent over HTTP to the service on the shared demo graph,
 * and its answer compared with the one the page shows, so no example can go stale: one test per example, named
 * {@code file:line} of its request ({@code → line} of its answer), whose failure lists each difference by JSON path.
 *
 * <p>Examples run in reading order (the README, then the pages in the order it lists them), since a story may go on
 * from page to page: Emmy, created in frontend.md, buys in analysts.md. A request with no answer shown must answer
 * without errors. The Cypher of {@code docs/graph.md} is the Browser guide's, which {@code BrowserQueriesTest} runs.
 *
 * <p>What a documented answer may leave out (see {@link JsonExcerpt}): it is the whole response when it shows
 * {@code data} or {@code errors}, else its {@code data} or any part of it (an answer shown as one action of the
 * list); objects show some of their fields, arrays their first items, {@code "…"} is any value and {@code …} in a
 * string any text, a generated UUID any UUID (and later requests quoting it send the real one), and numbers are
 * equal by value.
 *
 * <p>An example that writes what other tests read, or needs a file change or the demo's first start, runs on a service
 * of its own ({@link FreshDemoStarts}, started as on the morning the pages' output was taken) as its mark says,
 * {@code <!-- example: on a fresh demo start -->} (or {@code on a fresh demo start without its shoppers}), optionally {@code ; started with the file above} (the code
 * block above, whose first line names its path in the rules folder, is there from the service's start),
 * {@code ; loadedAt, at vary} (fields whose value is any, as the time of a start), and on the following lines
 * {@code after changing rules/FILE:} with the change as a diff ({@code -} the lines as they are, {@code +} as they
 * become, a space for context), saved into that service's copy of the rules folder and taken up by its watcher before
 * the request is sent; {@code ; on a start of its own} gives it a service no other example wrote to. The examples of
 * one service run on it in reading order, so a page's story goes on (a rejected change, then the change that serves).
 * {@code <!-- example: with $NAME = rules/FILE changed so:} and a diff {@code -->} sends the repository's file with
 * that change as the request's variable {@code $NAME}, on the shared service (the candidate rules of a simulate). The
 * answer shown is compared as any other.
 *
 * <p>An example that cannot be checked at all says so where it stands, {@code <!-- example: not checked — why -->},
 * and is reported as skipped with that reason; its request is still validated against {@code schema.graphqls}. An
 * answer with no request, and no such mark, fails: give it its request in {@code <!-- example: OPERATION -->}.
 */
class DocumentedExamplesTest extends CrosswiseHttpTest {

    private static final Pattern README_LINK = Pattern.compile("\\]\\((docs/[\\w-]+\\.md)\\)");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path ROOT = Path.of("").toAbsolutePath();

    /** Generated ids shown in the pages and the real ones of this run, shared by all examples. */
    private static final Map<String, String> GENERATED_IDS = new LinkedHashMap<>();

    private static GraphQLSchema schema;

    /** The services of their own, for the examples whose mark names one; started at the first such example. */
    private static FreshDemoStarts freshDemoStarts;

    @TestFactory
    Stream<DynamicTest> everyDocumentedExampleAnswersAsShown() {
        List<Example> examples = examples();
        freshDemoStarts = new FreshDemoStarts(examples);
        return examples.stream().map(example -> DynamicTest.dynamicTest(example.name(), () -> check(example)));
    }

    @AfterAll
    static void closeTheFreshDemoStarts() {
        if (freshDemoStarts != null) {
            freshDemoStarts.close();
        }
    }

    @Test
    void theReadmesFirstQuestionIsChecked() {
        Example first = examples().stream().filter(e -> e.source().startsWith("README.md")).findFirst().orElseThrow();
        assertThat(first.request()).singleElement().extracting(Operation::query).asString()
                .contains("whatNext(customerId: \"C-ADA\"", "2026-11-20T09:00:00Z");
        assertThat(first.answer()).as("its answer").isNotNull();
        assertThat(first.notChecked()).as("marked not checked").isNull();
    }

    private static List<Example> examples() {
        return documents().stream().flatMap(document -> DocumentedExamples.of(ROOT, document).stream()).toList();
    }

    /**
     * The README, then the pages of docs/ in the order it lists them, then any it does not: the reading order, in
     * which stories build on each other (Emmy, created in frontend.md, buys in analysts.md).
     */
    private static List<String> documents() {
        try (Stream<Path> pages = Files.list(ROOT.resolve("docs"))) {
            Set<String> documents = new LinkedHashSet<>(List.of("README.md"));
            README_LINK.matcher(Files.readString(ROOT.resolve("README.md"))).results()
                    .forEach(link -> documents.add(link.group(1)));
            pages.map(page -> "docs/" + page.getFileName()).filter(page -> page.endsWith(".md")).sorted()
                    .forEach(documents::add);
            return List.copyOf(documents);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void check(Example example) {
        if (example.notChecked() != null) {
            example.request().forEach(operation -> assertValid(example, operation));
            Assumptions.abort(example.source() + " is not checked: " + example.notChecked());
        }
        if (example.request().isEmpty()) {
            fail("%s shows an answer with no request before it: give it its request in <!-- example: OPERATION -->, "
                    + "or mark it <!-- example: not checked — why -->", example.answerSource());
        }
        String service = example.setup() == null || example.setup().service() == null ? baseUrl()
                : freshDemoStarts.prepare(example);
        ObjectNode fileVariables = fileVariables(example);
        JsonExcerpt excerpt = new JsonExcerpt(GENERATED_IDS,
                example.setup() == null ? Set.of() : example.setup().varying());
        List<JsonNode> responses;
        try {
            responses = example.request().stream()
                    .map(operation -> send(service, example.role(), operation, fileVariables, excerpt)).toList();
        } finally {
            if (example.setup() != null && example.setup().service() != null) {
                freshDemoStarts.done(example);
            }
        }
        List<JsonNode> answers = example.answers();
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < responses.size(); i++) {
            String operation = responses.size() > 1 ? "operation " + (i + 1) + ": " : "";
            List<JsonNode> shown = shownFor(i, answers, responses.size());
            if (shown.isEmpty()) {
                noErrors(responses.get(i)).forEach(d -> differences.add(operation + d));
            }
            for (JsonNode documented : shown) {
                compare(excerpt, documented, responses.get(i)).forEach(d -> differences.add(operation + d));
            }
        }
        if (!differences.isEmpty()) {
            String shown = example.answer() == null ? "with no answer shown, it must answer without errors"
                    : "the answer shown at " + example.answerSource() + " is not what the service answers";
            fail("%s: %s:\n  %s\nThe service answers:\n%s", example.source(), shown, String.join("\n  ", differences),
                    responses.stream().map(r -> JSON.writerWithDefaultPrettyPrinter().writeValueAsString(r))
                            .collect(Collectors.joining("\n")));
        }
    }

    /**
     * What the answer block shows of the response to operation {@code i}: one value per operation when it has as many,
     * else every value is of the last operation (those before it prepare what it shows, and must answer without errors).
     */
    private static List<JsonNode> shownFor(int i, List<JsonNode> answers, int operations) {
        if (answers.size() == operations) {
            return List.of(answers.get(i));
        }
        return i == operations - 1 ? answers : List.of();
    }

    /**
     * The differences between a documented answer and the response: the whole response when it shows data or errors,
     * else the data or the part of the response it shows; then the response must have no errors unless they are shown.
     */
    private static List<String> compare(JsonExcerpt excerpt, JsonNode documented, JsonNode response) {
        if (documented.has("data") || documented.has("errors")) {
            return excerpt.differences(documented, response);
        }
        List<String> againstData = excerpt.differences(documented, response.path("data"));
        if (againstData.isEmpty()) {
            return noErrors(response);
        }
        List<String> closest = againstData.stream().map(d -> "$.data" + d.substring(1)).toList();
        for (var part : parts("$.data", response.path("data")).entrySet()) {
            List<String> differences = excerpt.differences(documented, part.getValue());
            if (differences.isEmpty()) {
                return noErrors(response);
            }
            if (part.getValue().getNodeType() == documented.getNodeType() && differences.size() < closest.size()) {
                closest = differences.stream().map(d -> part.getKey() + d.substring(1)).toList();
            }
        }
        for (var part : parts("$.errors", response.path("errors")).values()) {
            if (excerpt.matches(documented, part)) {
                return List.of();
            }
        }
        return closest;
    }

    private static List<String> noErrors(JsonNode response) {
        return response.path("errors").isEmpty() ? List.of() : List.of("errors not shown: " + response.get("errors"));
    }

    /** Every object and array within {@code node}, outermost first, by their JSON path. */
    private static Map<String, JsonNode> parts(String path, JsonNode node) {
        Map<String, JsonNode> parts = new LinkedHashMap<>();
        if (node.isObject()) {
            parts.put(path, node);
            node.properties().forEach(field -> parts.putAll(parts(path + "." + field.getKey(), field.getValue())));
        } else if (node.isArray()) {
            parts.put(path, node);
            for (int i = 0; i < node.size(); i++) {
                parts.putAll(parts(path + "[" + i + "]", node.get(i)));
            }
        }
        return parts;
    }

    /** The variables that hold a changed copy of a rules file, as the example's mark says; the file stays as it is. */
    private static ObjectNode fileVariables(Example example) {
        ObjectNode variables = JSON.createObjectNode();
        if (example.setup() != null) {
            for (var variable : example.setup().variables()) {
                try {
                    String file = Files.readString(ROOT.resolve("rules").resolve(variable.change().path()));
                    variables.put(variable.name(), variable.change().applyTo(file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return variables;
    }

    private static JsonNode send(String service, Role role, Operation operation, ObjectNode fileVariables,
            JsonExcerpt excerpt) {
        ObjectNode body = JSON.createObjectNode();
        body.put("query", excerpt.withRealIds(operation.query()));
        ObjectNode variables = fileVariables.deepCopy();
        if (operation.variables() != null) {
            variables.setAll((ObjectNode) operation.variables());
        }
        if (!variables.isEmpty()) {
            body.set("variables", variables);
        }
        String answer = RestClient.create(service).post().uri("/graphql")
                .header("X-API-Key", key(role))
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .body(JSON.writeValueAsString(body))
                .exchange((request, response) -> new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8));
        return JSON.readTree(answer);
    }

    private static String key(Role role) {
        return switch (role) {
            case ADMIN -> ADMIN_KEY;
            case ANALYST -> ANALYST_KEY;
            case FRONTEND -> FRONTEND_KEY;
            case STOREFRONT -> STOREFRONT_KEY;
        };
    }

    /** An example not run is still a valid operation of the schema. */
    private static void assertValid(Example example, Operation operation) {
        Map<String, Object> variables = operation.variables() == null ? Map.of()
                : JSON.convertValue(operation.variables(), HashMap.class);
        var result = ParseAndValidate.parseAndValidate(schema(),
                ExecutionInput.newExecutionInput(operation.query()).variables(variables).build());
        assertThat(result.getErrors()).as("%s: %s does not validate against schema.graphqls", example.source(),
                operation.query()).isEmpty();
    }

    private static synchronized GraphQLSchema schema() {
        if (schema == null) {
            try {
                schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(
                        new SchemaParser().parse(Files.readString(ROOT.resolve("schema.graphqls"))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return schema;
    }
}
