package dev.crosswise.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every link between the project's Markdown files leads somewhere: the file exists and, with a {@code #fragment},
 * one of its headings has that anchor (as GitHub makes them). Moving a section cannot leave a reader at a dead link.
 */
class DocumentationLinksTest {

    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6} (.+)$");

    @Test
    void everyLinkBetweenTheDocumentsLeadsToAFileAndAHeading() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        List<Path> documents = new ArrayList<>(List.of(root.resolve("README.md")));
        for (String folder : List.of("docs", "bench", "graph-model", "rules", "clients")) {
            if (Files.isDirectory(root.resolve(folder))) {
                try (Stream<Path> files = Files.walk(root.resolve(folder))) {
                    files.filter(f -> f.toString().endsWith(".md") && !f.toString().contains("node_modules"))
                            .forEach(documents::add);
                }
            }
        }
        List<String> dead = new ArrayList<>();
        for (Path document : documents) {
            for (String target : links(Files.readString(document))) {
                if (target.matches("^[a-z]+:.*")) {
                    continue; // http(s), mailto: not this test's business
                }
                String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                String fragment = target.contains("#") ? target.substring(target.indexOf('#') + 1) : null;
                Path linked = file.isEmpty() ? document : document.getParent().resolve(file).normalize();
                if (!Files.exists(linked)) {
                    dead.add(root.relativize(document) + ": " + target + " (no such file)");
                } else if (fragment != null && linked.toString().endsWith(".md") && !anchors(linked).contains(fragment)) {
                    dead.add(root.relativize(document) + ": " + target + " (no such heading)");
                }
            }
        }
        assertThat(documents).hasSizeGreaterThan(3);
        assertThat(dead).as("links that lead nowhere").isEmpty();
    }

    /** Link targets outside fenced code blocks. */
    private static List<String> links(String markdown) {
        List<String> targets = new ArrayList<>();
        boolean code = false;
        for (String line : markdown.split("\n")) {
            if (line.startsWith("```")) {
                code = !code;
            } else if (!code) {
                Matcher link = LINK.matcher(line);
                while (link.find()) {
                    targets.add(link.group(1));
                }
            }
        }
        return targets;
    }

    /** GitHub's anchors: lower case, punctuation dropped, spaces to hyphens; a repeated one gets -1, -2… */
    private static Set<String> anchors(Path document) {
        try {
            Set<String> anchors = new HashSet<>();
            boolean code = false;
            for (String line : Files.readString(document).split("\n")) {
                if (line.startsWith("```")) {
                    code = !code;
                    continue;
                }
                Matcher heading = HEADING.matcher(line);
                if (!code && heading.matches()) {
                    String anchor = heading.group(1).strip().toLowerCase(Locale.ROOT)
                            .replaceAll("[^\\p{L}\\p{N}\\- _]", "").replace(' ', '-');
                    String unique = anchor;
                    for (int n = 1; !anchors.add(unique); n++) {
                        unique = anchor + "-" + n;
                    }
                }
            }
            return anchors;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
