package dev.crosswise.authoring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The files of a folder analysts edit beside the rules (message texts, experiments), read whole, and their fingerprint. */
public final class FolderFiles {

    private static final Logger log = LoggerFactory.getLogger(FolderFiles.class);

    private FolderFiles() {
    }

    /**
     * The wanted files of {@code dir} (and, with {@code subfolders}, of the folders below) by path relative to it, in
     * name order; none when there is no folder. A folder that cannot be listed reads as empty, logged, so what serves
     * keeps serving.
     */
    public static Map<String, byte[]> read(Path dir, boolean subfolders, Predicate<String> wanted) {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> found = subfolders ? Files.walk(dir) : Files.list(dir)) {
            for (Path file : found.filter(Files::isRegularFile).toList()) {
                String name = dir.relativize(file).toString().replace('\\', '/');
                if (wanted.test(name)) {
                    try {
                        files.put(name, Files.readAllBytes(file));
                    } catch (IOException vanished) {
                        // removed between the listing and the read: the next look sees the folder settled
                    }
                }
            }
        } catch (IOException e) {
            log.warn("Cannot read {}; what was read before keeps serving", dir, e);
        }
        return files;
    }

    /** SHA-256 over the names and bytes (and {@code alsoOver}, e.g. the rules version they are compiled against). */
    public static String fingerprint(Map<String, byte[]> files, String... alsoOver) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String text : alsoOver) {
                digest.update(text.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            files.forEach((name, bytes) -> {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(bytes);
                digest.update((byte) 0);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
