package dev.crosswise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Temporary directories of tests (graphs, copies of the rules), removed when a test is done with them. */
public final class TemporaryDirectories {

    private TemporaryDirectories() {
    }

    /** One that is removed when the test JVM exits: for what stays in use until then. */
    public static Path removedAtExit(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> remove(dir)));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the repository's rules folder, removed at exit: tests change their copy, never the folder itself. */
    public static Path copyOfRepositoryRules() {
        try {
            Path source = Path.of("rules");
            Path target = removedAtExit("crosswise-rules");
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.toList()) {
                    Path copy = target.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(copy);
                    } else {
                        Files.copy(file, copy);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes {@code dir} and everything in it; what cannot be removed is left (it is a temporary directory). */
    public static void remove(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // left for the system's own clean-up of its temporary directory
        }
    }
}
