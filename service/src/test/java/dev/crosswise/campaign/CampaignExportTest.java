package dev.crosswise.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.CrosswiseHttpTest;
import dev.crosswise.graph.TestGraph;
import dev.crosswise.decision.DecisionService;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CampaignExportTest extends CrosswiseHttpTest {

    private static final OffsetDateTime SEND_TIME = OffsetDateTime.parse("2026-11-20T09:00:00Z");

    @Autowired
    CampaignExport export;

    @Autowired
    DecisionService decisions;

    @Test
    void everyCustomerGetsTheActionsWhatNextGivesInCustomerIdOrder() {
        // an anonymous visitor's session is no customer to send a campaign to
        String visitor = "visitor:" + java.util.UUID.randomUUID();
        assertThat(graphQlWithKey(STOREFRONT_KEY).document("mutation($v: ID!) { decide(customerId: $v) { id } }")
                .variable("v", visitor).executeSync().getErrors()).isEmpty();
        List<String> customerIds = TestGraph.get().graph()
                .read("MATCH (c:Customer) WHERE NOT c:Visitor RETURN c.id AS id ORDER BY id", Map.of()).records().stream()
                .map(r -> r.get("id").asString()).toList();

        // chunks of 5 bulk reads: the seeded shop's customers make several, the last one short
        StringWriter csv = new StringWriter();
        CampaignExport.Summary summary = export.export(csv, null, 3, SEND_TIME, 2, 0, 5);

        assertThat(summary.customers()).isEqualTo(customerIds.size());
        assertThat(summary.failed()).isZero();
        Map<String, List<String>> exported = skusByCustomer(csv.toString());
        assertThat(summary.actions()).isEqualTo(exported.values().stream().mapToLong(List::size).sum());
        assertThat(new ArrayList<>(exported.keySet())).isSortedAccordingTo(String::compareTo).doesNotContain(visitor);
        for (String customerId : customerIds) {
            List<String> oneByOne = decisions.whatNext(customerId, null, 3, SEND_TIME, null).actions().stream()
                    .map(a -> a.product().sku()).toList();
            assertThat(exported.getOrDefault(customerId, List.of())).as(customerId).isEqualTo(oneByOne);
        }
    }

    @Test
    void aTrialRunExportsTheFirstCustomersOnlyAcrossAChunkBoundary() {
        StringWriter csv = new StringWriter();
        CampaignExport.Summary summary = export.export(csv, null, 1, SEND_TIME, 2, 11, 5);

        assertThat(summary.customers()).isEqualTo(11);
        assertThat(csv.toString()).startsWith(CampaignExport.HEADER);
        assertThat(skusByCustomer(csv.toString()).values()).allSatisfy(skus -> assertThat(skus).hasSize(1));
    }

    private static Map<String, List<String>> skusByCustomer(String csv) {
        Map<String, List<String>> skus = new LinkedHashMap<>();
        csv.lines().skip(1).map(line -> line.split(",")).forEach(row ->
                skus.computeIfAbsent(row[0], id -> new ArrayList<>()).add(row[2]));
        return skus;
    }
}
