package dev.crosswise.bench.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.crosswise.bench.GraphTarget;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole backtest on a tiny history, the service jar started for real. Off by default: the service alone takes
 * about a minute to start on two shared cores. Run it with {@code -Dcrosswise.backtest.endToEnd=true} after
 * {@code package} has built the service jar (skipped without one).
 */
@EnabledIfSystemProperty(named = "crosswise.backtest.endToEnd", matches = "true",
        disabledReason = "starts the service jar (about a minute): -Dcrosswise.backtest.endToEnd=true")
class BacktestEndToEndTest {

    static final List<String> ITEMS = List.of("whole milk", "rolls/buns", "butter", "jam", "tea", "eggs");

    @TempDir
    Path dir;

    @Test
    void asksTheServiceAboutEveryTestMemberAndStopsItAfterwards() throws Exception {
        Path repo = Path.of("").toAbsolutePath(); // surefire runs in the repository's root
        Optional<Path> jar = serviceJar(repo);
        assumeTrue(jar.isPresent(), "no service/target/crosswise-service-*-exec.jar: run ./mvnw -B package first");
        Path csv = Files.writeString(dir.resolve("history.csv"), history());
        StringBuilder catalog = new StringBuilder("sku_or_name,price,margin,stock,category\n");
        ITEMS.forEach(item -> catalog.append(item).append(",1.00,0.30,1000,\n"));
        Path catalogCsv = Files.writeString(dir.resolve("catalog.csv"), catalog);
        var options = new Backtest.Options(repo, dir.resolve("runs"), csv, LocalDate.parse("2015-04-01"), false,
                catalogCsv, 10, 2, jar.get(), 2, "512m", "64m", List.of("backtest", "(end-to-end test)"));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        Path run = new Backtest(options, new PrintStream(printed, true, StandardCharsets.UTF_8)).run();

        String report = Files.readString(run.resolve("report.json"));
        assertThat(report).contains("\"testMembers\": 9", "\"coldTestMembers\": 1", "\"calls\": 18",
                "\"products\": 6", "\"method\": \"Crosswise\"", "\"method\": \"item-kNN, new only\"");
        assertThat(report).as("Crosswise proposed actions").containsPattern("\"strategiesOfTopActions\": \\{\\s*\"[A-Z]+\": [1-9]");
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Overall: the whole target basket");
        assertThat(run.resolve("report.md")).exists();
        assertThat(run.resolve("service.log")).exists();
        // the service has stopped: its store is no longer locked
        try (GraphTarget again = GraphTarget.open(null, run.resolve("graph"), "64m")) {
            assertThat(again.graph().read("MATCH (c:Customer) RETURN count(c) AS n", java.util.Map.of())
                    .records().getFirst().get("n").asLong()).isEqualTo(8);
        }
    }

    /** Members 1-8: three baskets before April, one in April; member 9 only in April (cold). 59 lines. */
    private static String history() {
        StringBuilder csv = new StringBuilder("Member_number,Date,itemDescription\n");
        for (int member = 1; member <= 8; member++) {
            for (int month = 1; month <= 4; month++) {
                String date = "2015-0%d-1%d".formatted(month, member % 10);
                csv.append(member).append(',').append(date).append(',').append(ITEMS.get((member + month) % 6)).append('\n');
                csv.append(member).append(',').append(date).append(',').append(ITEMS.get((member + month + 1) % 6)).append('\n');
            }
        }
        csv.append("9,2015-04-20,tea\n9,2015-04-20,jam\n");
        return csv.toString();
    }

    private static Optional<Path> serviceJar(Path repo) throws Exception {
        Path target = repo.resolve("service/target");
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().matches("crosswise-service-.*-exec\\.jar")).findFirst();
        }
    }
}
