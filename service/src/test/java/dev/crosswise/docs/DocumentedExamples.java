package dev.crosswise.docs;

import dev.crosswise.security.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The examples of a Markdown document: each request (a {@code graphql} block, or a {@code bash} block whose curl
 * posts to {@code /graphql}) with the {@code json} block that shows its answer, when one follows before the next
 * heading.
 *
 * <p>HTML comments, invisible on the rendered page, complete what the page shows:
 * {@code <!-- example: not checked — why -->} before a block leaves that example unchecked (its request is still
 * validated against the schema), {@code <!-- example: OPERATION -->} is a request the prose only describes: it
 * is sent where it stands, e.g. the request of an answer shown without one, or what must happen before a request,
 * and {@code <!-- example: on SERVICE … -->} before the next example runs it on a service of its own, after the file
 * changes it describes ({@link Setup}).
 */
final class DocumentedExamples {

    /**
     * One request and the answer shown for it: the text of a json block, or null when none is shown (then it must
     * answer without errors). A json block may hold several values, e.g. one error per line.
     */
    record Example(String source, List<Operation> request, Role role, String answer, String answerSource,
            String notChecked, Setup setup) {

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

    /**
     * The service of its own an example runs on, instead of the shared test graph, and what is done to it first, as
     * its mark {@code <!-- example: on SERVICE[; on a start of its own][; started with the file above]
     * [; FIELD, FIELD vary] -->} says, with any number of {@code after changing FILE:} lines on the lines after the
     * first, each followed by the change in diff form (lines of the file as they are with {@code -}, as they become
     * with {@code +}, unchanged ones with a space).
     *
     * @param ofItsOwn  on a start for this example alone, where the other examples on that service wrote nothing
     * @param startFile the file saved in the service's rules folder before it starts: the code block above the mark,
     *                  whose first line names its path ({@code # rules/experiments/pilot.yaml}); null when none
     * @param varying   fields whose value changes with every run (a start's time): any value is theirs
     * @param variables variables of the request that hold a changed rules file; the service is null when the example
     *                  has no other setup than these (it runs on the shared service)
     */
    record Setup(OwnService service, boolean ofItsOwn, List<FileChange> changes, FileContent startFile,
            Set<String> varying, List<FileVariable> variables) {

        /** The same setup with the variable {@code variable} too. */
        Setup with(FileVariable variable) {
            List<FileVariable> more = new ArrayList<>(variables);
            more.add(variable);
            return new Setup(service, ofItsOwn, changes, startFile, varying, List.copyOf(more));
        }
    }

    /**
     * A variable of the example's request that holds a file of the repository's rules folder with a change, e.g. the
     * candidate rules of a {@code simulate}, as its mark {@code <!-- example: with $NAME = rules/FILE changed so:}
     * then the change in diff form says. The file itself is not changed: the request is sent to the shared service.
     */
    record FileVariable(String name, FileChange change) {
    }

    /** The fresh demo starts examples may run on, each one service for all of its examples, in reading order. */
    enum OwnService {
        /** The demo as it first starts: the seed and the demo shoppers' four weeks, its rules checked as a reload's. */
        FRESH_DEMO("a fresh demo start", true, true),
        /**
         * The demo started with CROSSWISE_DEMO_ACTIVITY_ENABLED=false: the seed alone. Its rules are not checked
         * against the scenarios (no example on it changes them), which spares its start their run.
         */
        FRESH_DEMO_WITHOUT_SHOPPERS("a fresh demo start without its shoppers", false, false);

        final String mark;
        final boolean hasShoppers;
        final boolean checksScenarios;

        OwnService(String mark, boolean hasShoppers, boolean checksScenarios) {
            this.mark = mark;
            this.hasShoppers = hasShoppers;
            this.checksScenarios = checksScenarios;
        }
    }

    /** A file of the rules folder and what it holds. */
    record FileContent(String path, String content) {
    }

    /**
     * A change of a file of the rules folder ({@code path} relative to it), as a diff: lines starting {@code -} are
     * replaced by those starting {@code +}, lines starting with a space are context, each hunk where it first stands.
     */
    record FileChange(String path, List<String> diff) {

        /** The file's text after the change; fails when the lines to change are not (or no longer) in it. */
        String applyTo(String text) {
            List<String> lines = new ArrayList<>(text.lines().toList());
            int from = 0;
            List<String> before = new ArrayList<>();
            List<String> after = new ArrayList<>();
            char previous = ' ';
            for (String line : diff) {
                char kind = line.isEmpty() ? ' ' : line.charAt(0);
                String content = line.isEmpty() ? "" : line.substring(1);
                if (previous == '+' && kind != '+') { // a hunk ends with what it adds
                    from = replace(lines, from, before, after);
                    before.clear();
                    after.clear();
                }
                switch (kind) {
                    case '-' -> before.add(content);
                    case '+' -> after.add(content);
                    case ' ' -> {
                        before.add(content);
                        after.add(content);
                    }
                    default -> throw new IllegalStateException("a change of " + path + " has a line that is not "
                            + "-, + or context: " + line);
                }
                previous = kind;
            }
            replace(lines, from, before, after);
            return String.join("\n", lines) + (text.endsWith("\n") ? "\n" : "");
        }

        /** Replaces the first run of {@code before} at or after {@code from} (compared without the indentation). */
        private int replace(List<String> lines, int from, List<String> before, List<String> after) {
            if (before.isEmpty()) { // only added lines: a new file, or lines at its end
                lines.addAll(after);
                return lines.size();
            }
            for (int start = from; start + before.size() <= lines.size(); start++) {
                boolean found = true;
                for (int j = 0; j < before.size() && found; j++) {
                    found = lines.get(start + j).strip().equals(before.get(j).strip());
                }
                if (found) {
                    List<String> region = lines.subList(start, start + before.size());
                    region.clear();
                    region.addAll(after);
                    return start + after.size();
                }
            }
            throw new IllegalStateException("the change of " + path + " shown in the page no longer applies: its "
                    + "lines " + before + " are not in the file");
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String MARKER = "<!-- example:";
    private static final Pattern NOT_CHECKED = Pattern.compile("^not checked\\s*[—:-]\\s*(.+)$", Pattern.DOTALL);
    private static final Pattern CURL_BODY = Pattern.compile("-d\\s+'([^']*)'");
    private static final Pattern API_KEY = Pattern.compile("X-API-Key:\\s*([^\"']+)");
    private static final Pattern AFTER_CHANGING = Pattern.compile("^after changing (\\S+):$");
    private static final Pattern VARYING = Pattern.compile("^(.+) var(?:y|ies)$");
    private static final Pattern FILE_VARIABLE = Pattern.compile("^with \\$(\\w+) = (\\S+) changed so:$");
    /** The first line of a code block that says which file of the rules folder it is: {@code # rules/x.yaml}. */
    private static final Pattern FILE_NAMED = Pattern.compile("^(?:#|//)\\s*rules/(\\S+)\\s*$");

    private final String file;
    private final List<String> lines;
    private final List<Example> examples = new ArrayList<>();
    /** The request seen last, waiting for its answer. */
    private Pending pending;
    /** A "not checked" marker, for the next block. */
    private String notChecked;
    /** A setup marker, for the next example. */
    private Setup setup;
    /** The last code block that names its file of the rules folder in its first line. */
    private FileContent lastFile;

    private record Pending(int line, List<Operation> request, Role role, String notChecked, Setup setup) {
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
                } else if (body.startsWith("on ")) {
                    setup = setup(i + 1, body);
                } else if (body.startsWith("with $")) {
                    FileVariable variable = fileVariable(i + 1, body);
                    setup = setup == null ? new Setup(null, false, List.of(), null, Set.of(), List.of(variable))
                            : setup.with(variable);
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
        Matcher named = FILE_NAMED.matcher(content.lines().findFirst().orElse(""));
        if (named.matches()) {
            lastFile = new FileContent(named.group(1), content + "\n");
        }
    }

    /** A mark {@code on SERVICE; …}: see {@link Setup}. */
    private Setup setup(int line, String body) {
        List<String> lines = body.lines().toList();
        OwnService service = null;
        boolean ofItsOwn = false;
        FileContent startFile = null;
        Set<String> varying = new LinkedHashSet<>();
        for (String clause : lines.getFirst().split(";")) {
            String text = clause.strip();
            Matcher fields = VARYING.matcher(text);
            if (text.equals("on a start of its own")) {
                ofItsOwn = true;
            } else if (text.startsWith("on ")) {
                service = Arrays.stream(OwnService.values()).filter(s -> s.mark.equals(text.substring(3))).findFirst()
                        .orElseThrow(() -> new IllegalStateException(source(line) + ": no service of its own is \""
                                + text + "\"; there are: " + Arrays.stream(OwnService.values())
                                .map(s -> "on " + s.mark).toList()));
            } else if (text.equals("started with the file above")) {
                if (lastFile == null) {
                    throw new IllegalStateException(source(line) + ": no code block above names its file (# rules/…)");
                }
                startFile = lastFile;
            } else if (fields.matches()) {
                Arrays.stream(fields.group(1).split(",")).map(String::strip).forEach(varying::add);
            } else {
                throw new IllegalStateException(source(line) + ": an example's setup does not say \"" + text + "\"");
            }
        }
        List<FileChange> changes = new ArrayList<>();
        for (String text : lines.subList(1, lines.size())) {
            Matcher changing = AFTER_CHANGING.matcher(text.strip());
            if (changing.matches()) {
                changes.add(new FileChange(changing.group(1).replaceFirst("^rules/", ""), new ArrayList<>()));
            } else if (changes.isEmpty()) {
                throw new IllegalStateException(source(line) + ": a line of a change before \"after changing FILE:\"");
            } else if (!text.isBlank()) {
                changes.getLast().diff().add(text);
            }
        }
        return new Setup(service, ofItsOwn, List.copyOf(changes), startFile, Set.copyOf(varying), List.of());
    }

    /** A mark {@code with $NAME = rules/FILE changed so:} and the change: see {@link FileVariable}. */
    private FileVariable fileVariable(int line, String body) {
        List<String> lines = body.lines().toList();
        Matcher named = FILE_VARIABLE.matcher(lines.getFirst().strip());
        if (!named.matches()) {
            throw new IllegalStateException(source(line) + ": a variable's mark says \"with $NAME = rules/FILE "
                    + "changed so:\", then the change: " + lines.getFirst());
        }
        List<String> diff = lines.subList(1, lines.size()).stream().filter(text -> !text.isBlank()).toList();
        return new FileVariable(named.group(1), new FileChange(named.group(2).replaceFirst("^rules/", ""), diff));
    }

    private void request(int line, List<Operation> request, Role role) {
        answerless();
        pending = new Pending(line, request, role, notChecked, setup);
        notChecked = null;
        setup = null;
    }

    private void answer(int line, String answers) {
        if (pending == null) {
            examples.add(new Example(source(line), List.of(), Role.ADMIN, answers, source(line), notChecked, setup));
        } else {
            String reason = notChecked != null ? notChecked : pending.notChecked();
            examples.add(new Example(source(pending.line()), pending.request(), pending.role(), answers, source(line),
                    reason, setup != null ? setup : pending.setup()));
            pending = null;
        }
        notChecked = null;
        setup = null;
    }

    /** The pending request has no answer shown. */
    private void answerless() {
        if (pending != null) {
            examples.add(new Example(source(pending.line()), pending.request(), pending.role(), null, null,
                    pending.notChecked(), pending.setup()));
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
