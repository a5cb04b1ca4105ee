package dev.crosswise.docs;

import dev.crosswise.security.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The examples of a Markdown document: each request (a {@code graphql} block, or a {@code bash} block whose curl
 * posts to {@code /graphql}) with the {@code json} block that shows its answer, when one follows before the next
 * heading.
 *
 * <p>Two HTML comments, invisible on the rendered page, complete what the page shows:
 * {@code <!-- example: not checked — why -->} before a block leaves that example unchecked (its request is still
 * validated against the schema), and {@code <!-- example: OPERATION -->} is a request the prose only describes: it
 * is sent where it stands, e.g. the request of an answer shown without one, or what must happen before a request.
 */
final class DocumentedExamples {

    /**
     * One request and the answer shown for it: the text of a json block, or null when none is shown (then it must
     * answer without errors). A json block may hold several values, e.g. one error per line.
     */
    record Example(String source, List<Operation> request, Role role, String answer, String answerSource,
            String notChecked) {

        List<JsonNode> answers() {
            if (answer == null) {
                return List.of();
            }
            try (var values = JSON.readerFor(JsonNode.class).<JsonNode>readValues(answer)) {
                return values.readAll();
            } catch (RuntimeException e) {
                throw new IllegalStateException(answerSource + ": the json block does not parse: " + e.getMessage(), e);
            }
        }

        String name() {
            return answerSource != null && !answerSource.equals(source) ? source + " → " + lineOf(answerSource) : source;
        }

        private static String lineOf(String source) {
            return source.substring(source.lastIndexOf(':') + 1);
        }
    }

    /** A GraphQL operation as it is posted to /graphql. */
    record Operation(String query, JsonNode variables) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String MARKER = "<!-- example:";
    private static final Pattern NOT_CHECKED = Pattern.compile("^not checked\\s*[—:-]\\s*(.+)$", Pattern.DOTALL);
    private static final Pattern CURL_BODY = Pattern.compile("-d\\s+'([^']*)'");
    private static final Pattern API_KEY = Pattern.compile("X-API-Key:\\s*([^\"']+)");

    private final String file;
    private final List<String> lines;
    private final List<Example> examples = new ArrayList<>();
    /** The request seen last, waiting for its answer. */
    private Pending pending;
    /** A "not checked" marker, for the next block. */
    private String notChecked;

    private record Pending(int line, List<Operation> request, Role role, String notChecked) {
    }

    private DocumentedExamples(String file, List<String> lines) {
        this.file = file;
        this.lines = lines;
    }

    /** The examples of {@code file} (relative to {@code root}), in the order they stand. */
    static List<Example> of(Path root, String file) {
        try {
            DocumentedExamples document = new DocumentedExamples(file, Files.readAllLines(root.resolve(file)));
            document.read();
            return document.examples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void read() {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#")) {
                answerless(); // an answer under the next heading is another example's
            } else if (line.strip().startsWith(MARKER)) {
                int end = i;
                while (!lines.get(end).contains("-->")) {
                    end++;
                }
                String body = String.join("\n", lines.subList(i, end + 1)).strip();
                body = body.substring(MARKER.length(), body.lastIndexOf("-->")).strip();
                Matcher reason = NOT_CHECKED.matcher(body);
                if (reason.matches()) {
                    notChecked = reason.group(1).strip();
                } else {
                    request(i + 1, operations(body), Role.ADMIN);
                }
                i = end;
            } else if (line.strip().startsWith("```")) {
                String language = line.strip().substring(3).strip();
                int end = i + 1;
                while (!lines.get(end).strip().startsWith("```")) {
                    end++;
                }
                String content = String.join("\n", lines.subList(i + 1, end));
                block(i + 1, language, content);
                i = end;
            }
        }
        answerless();
    }

    private void block(int line, String language, String content) {
        switch (language) {
            case "graphql" -> request(line, operations(content), Role.ADMIN);
            case "bash" -> {
                if (content.contains("curl") && content.contains("/graphql")) {
                    curl(line, content);
                } else {
                    notChecked = null;
                }
            }
            case "json" -> answer(line, content);
            default -> notChecked = null;
        }
    }

    private void request(int line, List<Operation> request, Role role) {
        answerless();
        pending = new Pending(line, request, role, notChecked);
        notChecked = null;
    }

    private void answer(int line, String answers) {
        if (pending == null) {
            examples.add(new Example(source(line), List.of(), Role.ADMIN, answers, source(line), notChecked));
        } else {
            String reason = notChecked != null ? notChecked : pending.notChecked();
            examples.add(new Example(source(pending.line()), pending.request(), pending.role(), answers, source(line),
                    reason));
            pending = null;
        }
        notChecked = null;
    }

    /** The pending request has no answer shown. */
    private void answerless() {
        if (pending != null) {
            examples.add(new Example(source(pending.line()), pending.request(), pending.role(), null, null,
                    pending.notChecked()));
            pending = null;
        }
    }

    private void curl(int line, String script) {
        String command = script.replace("\\\n", " ");
        Matcher body = CURL_BODY.matcher(command);
        if (!body.find()) {
            throw new IllegalStateException(source(line) + ": a curl to /graphql without a -d '{\"query\": …}' body");
        }
        JsonNode json = JSON.readTree(body.group(1));
        Matcher key = API_KEY.matcher(command);
        request(line, List.of(new Operation(json.get("query").stringValue(), json.get("variables"))),
                key.find() ? roleOfKey(key.group(1)) : Role.ADMIN);
    }

    /** The role of the key a curl sends: named in its variable, e.g. $ANALYST_KEY; the README's $CROSSWISE_KEY is the frontend one. */
    private static Role roleOfKey(String key) {
        String name = key.toUpperCase(Locale.ROOT);
        for (Role role : Role.values()) {
            if (name.contains(role.name())) {
                return role;
            }
        }
        return Role.FRONTEND;
    }

    /** The operations of a block, in order: a block may hold several, e.g. a mutation and the query that shows its effect. */
    static List<Operation> operations(String text) {
        List<Operation> operations = new ArrayList<>();
        int depth = 0;
        int start = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                operations.add(new Operation(text.substring(start, i + 1).strip(), null));
                start = i + 1;
            }
        }
        return operations;
    }

    private String source(int line) {
        return file + ":" + line;
    }
}
