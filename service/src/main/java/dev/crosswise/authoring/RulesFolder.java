package dev.crosswise.authoring;

import dev.crosswise.rules.RuleCompilationException;
import dev.crosswise.rules.RuleCompiler;
import dev.crosswise.rules.RuleProblem;
import dev.crosswise.rules.Utf8Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The state of the rules folder as one hash of every DRL and scenario file in it (paths and contents), but for its
 * {@code experiments/} folder, which the experiments take up on their own.
 */
final class RulesFolder {

    private RulesFolder() {
    }

    /**
     * The folder as a reload reads it, once: its fingerprint and its DRL files, from the same bytes, so the rules a
     * reload compiles are exactly the state it records as attempted.
     *
     * @param drl        the DRL files by path relative to the folder ("timing/post-purchase.drl"), as
     *                   {@code RuleCompiler.readDirectory} reads them
     * @param unreadable why the DRL files could not be read (no folder, a file gone or not UTF-8); null when they were
     */
    record Snapshot(String fingerprint, Map<String, String> drl, RuntimeException unreadable) {

        /** The DRL files; throws what reading them threw. */
        Map<String, String> sources() {
            if (unreadable != null) {
                throw unreadable;
            }
            return drl;
        }
    }

    static String fingerprint(Path dir) {
        return read(dir, false).fingerprint();
    }

    static Snapshot read(Path dir) {
        return read(dir, true);
    }

    private static Snapshot read(Path dir, boolean keepDrl) {
        Map<String, byte[]> drlBytes = new TreeMap<>();
        Map<String, String> drl = Map.of();
        RuntimeException unreadable = null;
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            if (Files.isDirectory(dir)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(dir)) {
                    Path experiments = dir.resolve(RuleCompiler.EXPERIMENTS_FOLDER); // watched by the experiments
                    files = walk.filter(file -> watched(file) && !file.startsWith(experiments)).sorted().toList();
                }
                for (Path file : files) {
                    String relative = dir.relativize(file).toString();
                    digest.update(relative.getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                    try {
                        byte[] bytes = Files.readAllBytes(file);
                        digest.update(bytes);
                        if (keepDrl && relative.endsWith(".drl")) {
                            drlBytes.put(relative.replace('\\', '/'), bytes);
                        }
                    } catch (IOException vanished) {
                        // deleted between the listing and the read: the next look sees the folder settled
                        digest.update((byte) 1);
                        unreadable = new UncheckedIOException("Cannot read rules from " + dir, vanished);
                    }
                    digest.update((byte) 0);
                }
                if (unreadable == null) {
                    try {
                        drl = Utf8Text.decodeDrl(drlBytes);
                    } catch (RuleCompilationException notUtf8) {
                        unreadable = notUtf8;
                    }
                }
            } else {
                unreadable = new RuleCompilationException(List.of(new RuleProblem(dir.toString(), 0, 0,
                        "rules directory not found (set CROSSWISE_RULES_DIR)")));
            }
            return new Snapshot(HexFormat.of().formatHex(digest.digest()), Collections.unmodifiableMap(drl), unreadable);
        } catch (IOException e) {
            return new Snapshot("unreadable: " + e.getMessage(), Map.of(),
                    new UncheckedIOException("Cannot read rules from " + dir, e));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean watched(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && (name.endsWith(".drl") || name.endsWith(".yaml") || name.endsWith(".yml"));
    }
}
