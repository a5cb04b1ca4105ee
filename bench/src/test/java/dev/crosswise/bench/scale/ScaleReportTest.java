package dev.crosswise.bench.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The table and the plot of a curve, on fixed figures. */
class ScaleReportTest {

    @TempDir
    Path dir;

    private static ScalePoint point(int factor, double p50, double p99, double loadedP50, double rate, long hits) {
        return new ScalePoint(factor, 100_000L * factor, Map.of("OWNS", 1_020_000L * factor, "Event", 40_000L * factor,
                "Decision", 20_000L * factor), factor == 1 ? "reused" : "bulk", 30.0 * factor, 400L * factor << 20,
                "1280m", "2g", 900L << 20, 600L << 20, (3000L + 400 * factor) << 20,
                new ScalePoint.Step(1, 10_000, 0, p50, p50 * 1.5, p99, p99 * 2, 1000 / p50, 3.1),
                new ScalePoint.Step(8, 30_000, 0, loadedP50, loadedP50 * 1.5, loadedP50 * 4, loadedP50 * 8, rate, 2.9),
                new ScalePoint.Step(8, 90_000, 0, 1.1, 1.5, 3.0, 9.0, 3 * rate, Double.NaN),
                new QueryProfile(hits, 1, 2, "ProduceResults  rows=1  dbHits=0\n  NodeUniqueIndexSeek  rows=1  dbHits=2"),
                new QueryProfile(hits * 3, 5, 1, "ProduceResults  rows=5  dbHits=0"));
    }

    private final List<ScalePoint> curve = List.of(point(1, 2.0, 9.0, 4.0, 1800, 412), point(3, 2.2, 10.0, 4.4, 1700, 415),
            point(10, 2.6, 12.5, 5.0, 1600, 430));

    @Test
    void theTableHasARowPerSizeTheGrowthAgainstTheGoalAndThePlans() {
        String md = ScaleReport.markdown("whatNext against the graph's size", List.of("`scale --factors 1,3,10`"), curve);

        assertThat(md).contains("| 1× | 100 000 | 1 020 000 | 40 000 | 20 000 | 30 s (reused) | 400 | 1280m | 900 / 600 | 3 400 "
                + "| 2.00 / 9.00 | 500 | 4.00 / 16.00 | 1 800 | 1.10 / 3.00 | 5 400 | 412 / 1 | 1 236 / 5 |");
        assertThat(md).contains("| 10× | 1 000 000 | 10 200 000 |").contains("| 300 s (bulk) |");
        assertThat(md).contains("Latency growth, 10× over 1× (p50): 1 client 1.30×, 8 clients 1.25× — goal ≤ 1.5×: met.");
        assertThat(md).contains("## 3×: PROFILE").contains("(`CustomerContextReader.CONTEXT_QUERY`): 415 db hits, 1 rows")
                .contains("```text\nProduceResults  rows=1  dbHits=0\n  NodeUniqueIndexSeek  rows=1  dbHits=2\n```")
                .contains("The peer's query: 1 290 db hits, 5 rows").doesNotContain("NaN");
        assertThat(ScaleReport.latencyGrowth(curve.subList(0, 1), false)).isNaN();
    }

    @Test
    void thePlotIsAPngOfTheSizeAskedWithTheCurvesDrawn() throws Exception {
        Path png = ScaleReport.plot("whatNext against the graph's size", curve, dir.resolve("scale.png"), 1200, 900);

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(900);
        assertThat(Files.size(png)).isGreaterThan(10_000);
        long coloured = 0;
        for (int x = 0; x < image.getWidth(); x += 2) {
            for (int y = 0; y < image.getHeight(); y += 2) {
                int rgb = image.getRGB(x, y);
                int r = rgb >> 16 & 0xff, g = rgb >> 8 & 0xff, b = rgb & 0xff;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 80) {
                    coloured++; // the series' lines and shapes: neither white, grey nor black
                }
            }
        }
        assertThat(coloured).isGreaterThan(500);
    }
}
