package dev.crosswise.bench.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.importing.PurchaseHistoryCsv;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HistoryGeneratorTest {

    /** A tenth of the default scale keeps the test quick and the shape the same. */
    static final HistorySettings SMALL = HistorySettings.groceriesAtScale(42).withLines(50_000).withMembers(1_400)
            .withItems(1_200);

    @Test
    void theSameSeedGivesTheSameFileAndAnotherSeedAnotherFile() throws IOException {
        assertThat(text(SMALL)).isEqualTo(text(SMALL));
        assertThat(text(new HistorySettings(43, SMALL.lines(), SMALL.members(), SMALL.items(), SMALL.baskets(),
                SMALL.from(), SMALL.days()))).isNotEqualTo(text(SMALL));
    }

    @Test
    void theFileHasTheGroceriesColumnsAndTheImporterReadsEveryLine() throws IOException {
        List<String> lines = text(SMALL).lines().toList();
        assertThat(lines.getFirst()).isEqualTo("Member_number,Date,itemDescription,year,month,day,day_of_week");
        assertThat(lines).hasSize(SMALL.lines() + 1);
        // 2014-01-01 was a Wednesday: day_of_week counts from Monday = 0, as in the groceries file
        assertThat(lines).anySatisfy(line -> assertThat(line).matches("\\d+,2014-01-01,[a-z0-9 ]+,2014,1,1,2"));

        var read = PurchaseHistoryCsv.parse(lines, "generated.csv");
        assertThat(read.purchases()).hasSize(SMALL.lines());
        assertThat(read.skipped()).isZero();
    }

    @Test
    void theDefaultsGiveTheScaleOfTheIssueWithSkewedItemsAndRepeatPurchases() {
        HistorySettings defaults = HistorySettings.groceriesAtScale(42);
        HistoryGenerator.Lines lines = new HistoryGenerator(defaults).generate();

        Set<Integer> members = new HashSet<>();
        Map<Integer, Integer> salesPerItem = new HashMap<>();
        Set<Long> baskets = new HashSet<>();
        Map<Long, Set<Integer>> daysPerMemberItem = new HashMap<>();
        for (int n = 0; n < lines.size; n++) {
            members.add(lines.member[n]);
            salesPerItem.merge(lines.item[n], 1, Integer::sum);
            baskets.add((long) lines.member[n] << 32 | lines.day[n]);
            daysPerMemberItem.computeIfAbsent((long) lines.member[n] << 32 | lines.item[n], k -> new HashSet<>())
                    .add(lines.day[n]);
        }
        assertThat(lines.size).isEqualTo(500_000);
        assertThat(members).hasSize(14_000);
        assertThat(baskets).hasSize(77_000);
        assertThat(salesPerItem.size()).isBetween(11_500, 12_000);

        // Zipf-like: the best seller sells hundreds of times the median item
        List<Integer> sales = salesPerItem.values().stream().sorted().toList();
        assertThat(sales.getLast()).isGreaterThan(200 * sales.get(sales.size() / 2));

        // members come back for the same item: a good share of their pairs are bought on 3 days or more
        long rebought = daysPerMemberItem.values().stream().filter(days -> days.size() >= 3).count();
        assertThat((double) rebought / daysPerMemberItem.size()).isGreaterThan(0.05);
    }

    private static String text(HistorySettings settings) throws IOException {
        StringWriter out = new StringWriter();
        new HistoryGenerator(settings).write(out);
        return out.toString();
    }
}
