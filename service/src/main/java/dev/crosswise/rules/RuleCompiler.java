package dev.crosswise.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Compiles the DRL files of a directory into a {@link RuleSet}. Every file under the directory ending in
 * {@code .drl} takes part; the folder of a file is its package, as in the Drools examples.
 */
public final class RuleCompiler {

    private static final AtomicLong LOADS = new AtomicLong();

    private RuleCompiler() {
    }

    /** Reads the DRL files of {@code directory}, keyed by their path relative to it ("timing/post-purchase.drl"). */
    public static Map<String, String> readDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new RuleCompilationException(List.of(new RuleProblem(directory.toString(), 0, 0,
                    "rules directory not found (set CROSSWISE_RULES_DIR)")));
        }
        Map<String, String> sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
                String relative = directory.relativize(file).toString().replace('\\', '/');
                sources.put(relative, Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read rules from " + directory, e);
        }
        return sources;
    }

    public static RuleSet compileDirectory(Path directory) {
        return compile(readDirectory(directory));
    }

    /** Compiles the given DRL sources (relative path to text); throws with every problem located when any has an error. */
    public static RuleSet compile(Map<String, String> sources) {
        if (sources.isEmpty()) {
            throw new RuleCompilationException(List.of(new RuleProblem("rules", 0, 0, "no .drl files found")));
        }
        KieServices kie = KieServices.get();
        long load = LOADS.incrementAndGet();
        ReleaseId releaseId = kie.newReleaseId("dev.crosswise", "rules", "1.0." + load);
        KieFileSystem files = kie.newKieFileSystem();
        files.generateAndWritePomXML(releaseId);
        sources.forEach((path, text) -> files.write("src/main/resources/" + path, text));

        KieBuilder builder = kie.newKieBuilder(files).buildAll();
        List<RuleProblem> problems = new ArrayList<>();
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            String path = message.getPath() == null ? "rules" : message.getPath().replaceFirst("^src/main/resources/", "");
            problems.add(new RuleProblem(path, message.getLine(), message.getColumn(), message.getText().strip()));
        }
        if (!problems.isEmpty()) {
            kie.getRepository().removeKieModule(releaseId);
            throw new RuleCompilationException(problems);
        }
        KieBase kieBase = kie.newKieContainer(releaseId).getKieBase();
        // The container keeps what it needs; the global repository must not accumulate one module per reload.
        kie.getRepository().removeKieModule(releaseId);

        List<String> ruleNames = new ArrayList<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                ruleNames.add(rule.getName());
            }
        }
        ruleNames.sort(String::compareTo);
        return new RuleSet(kieBase, load + "-" + contentHash(sources), Instant.now(), List.copyOf(sources.keySet()),
                List.copyOf(ruleNames));
    }

    private static String contentHash(Map<String, String> sources) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            sources.forEach((path, text) -> {
                digest.update(path.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update((byte) 0);
            });
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
