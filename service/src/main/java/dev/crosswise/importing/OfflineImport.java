package dev.crosswise.importing;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import picocli.CommandLine;

/**
 * Neo4j's offline importer ({@code neo4j-admin database import full}) run in this JVM into the empty store of a Neo4j
 * home: what the purchase-history import ({@link HistoryBulkImport}) and the benchmark's generated graph share —
 * running the command, and leaving no half-written database or working files behind.
 */
public final class OfflineImport {

    private OfflineImport() {
    }

    /** The context of an import command into {@code home}'s database, its output and errors to {@code out}. */
    public static ExecutionContext context(Path home, PrintStream out) {
        return new ExecutionContext(home, home.resolve("conf"), out, out, new DefaultFileSystemAbstraction());
    }

    /** Runs {@code command} with {@code arguments} (the database first); fails when the importer does. */
    public static void run(ImportCommand.Full command, String... arguments) {
        new CommandLine(command).parseArgs(arguments);
        try {
            int status = command.call();
            if (status != 0) {
                throw new IllegalStateException("Neo4j's importer ended with status " + status);
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Neo4j's importer failed: " + e.getMessage(), e);
        }
    }

    /** After a failed import: the store and transaction logs of {@code home}'s database, which no start could open. */
    public static void forgetDatabase(Path home) {
        deleteTree(home.resolve("data").resolve("databases").resolve("neo4j"));
        deleteTree(home.resolve("data").resolve("transactions").resolve("neo4j"));
    }

    /** {@code dir} and everything in it, when it exists. */
    public static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + dir, e);
        }
    }
}
