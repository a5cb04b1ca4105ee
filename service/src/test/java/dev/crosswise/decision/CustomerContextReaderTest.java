package dev.crosswise.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

import dev.crosswise.api.NotFoundException;
import dev.crosswise.graph.TestGraph;
import dev.crosswise.rules.facts.Candidate;
import dev.crosswise.rules.facts.CartItem;
import dev.crosswise.rules.facts.Channel;
import dev.crosswise.rules.facts.Exposure;
import dev.crosswise.rules.facts.OfferResponse;
import dev.crosswise.rules.facts.Strategy;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The graph traversals, against a real Neo4j over Bolt with the demo seed. */
class CustomerContextReaderTest {

    private final CustomerContextReader reader = DecisionWiring.contextReader(TestGraph.get().graph());
    private final Instant friday = Instant.parse("2026-11-20T09:00:00Z");

    @Test
    void completionGapsFollowTheSolutionFromTheLatestOwnedPart() {
        var context = reader.read("C-ADA", friday, Set.of());

        assertThat(context.candidates()).filteredOn(c -> c.getStrategy() == Strategy.COMPLETION)
                .extracting(Candidate::getSku)
                .contains("W-TRS-GREY", "W-SHO-OXF", "W-TIE-SILK", "W-BLT-LEATHER");
        Candidate trousers = find(context, "W-TRS-GREY", Strategy.COMPLETION);
        assertThat(trousers.getAnchorSku()).isEqualTo("W-BLZ-NAVY");
        assertThat(trousers.getPath()).containsExactly("Customer:C-ADA", "Product:W-BLZ-NAVY",
                "Solution:office-look", "Product:W-TRS-GREY");
    }

    @Test
    void ecosystemGapsAreTheOtherMembersOfAnAdoptedFamily() {
        var context = reader.read("C-GRACE", friday, Set.of());

        Candidate outdoor = find(context, "L-OUTDOOR", Strategy.ECOSYSTEM);
        assertThat(outdoor.getPath()).containsExactly("Customer:C-GRACE", "Product:L-STRIP", "Family:luma",
                "Product:L-OUTDOOR");
        // A member in a category the customer already covers adds less than one that adds a new function.
        assertThat(find(context, "L-BULB-COLOR", Strategy.ECOSYSTEM).getRelevance()).isLessThan(outdoor.getRelevance());
    }

    @Test
    void theGraphIsSeenAsOfTheDecisionTime() {
        var before = reader.read("C-ADA", Instant.parse("2026-11-01T00:00:00Z"), Set.of());

        assertThat(before.owned()).extracting(o -> o.getSku()).containsExactly("W-SHT-WHITE");
        assertThat(before.candidates()).extracting(Candidate::getAnchorSku).doesNotContain("W-BLZ-NAVY");
    }

    @Test
    void upgradePathProposesTheNextNonPremiumLevelOfWhatIsOwned() {
        var context = reader.read("C-ALAN", friday, Set.of());

        Candidate tempo = find(context, "R-SHOE-TEMPO", Strategy.EVOLUTION);
        assertThat(tempo.getTraversal()).isEqualTo("upgrade-path");
        assertThat(tempo.getPath()).containsExactly("Customer:C-ALAN", "Product:R-SHOE-START", "Product:R-SHOE-TEMPO");
        assertThat(tempo.getExplanation()).contains("used 82 %");
        // Used 82 %: more relevant than an upgrade from an unused product.
        assertThat(tempo.getRelevance()).isGreaterThan(0.85);
        // The watch's next level is premium: that is an upsell, not an evolution.
        assertThat(context.candidates()).filteredOn(c -> c.getStrategy() == Strategy.EVOLUTION)
                .extracting(Candidate::getSku).doesNotContain("R-WATCH-PRO");
    }

    @Test
    void theNextLevelOfSomethingOwnedIsNotAnEcosystemGap() {
        var context = reader.read("C-KATHERINE", friday, Set.of());

        assertThat(find(context, "R-SHOE-TEMPO", Strategy.EVOLUTION)).isNotNull();
        assertThat(context.candidates()).filteredOn(c -> c.getStrategy() == Strategy.ECOSYSTEM)
                .extracting(Candidate::getSku).doesNotContain("R-SHOE-TEMPO").contains("R-WATCH-BASIC");
    }

    @Test
    void sizedProductsCarryTheirAgeRange() {
        var context = reader.read("C-DONALD", friday, Set.of());

        Candidate bike = find(context, "C-BIKE-20", Strategy.EVOLUTION);
        assertThat(bike.getAgeFrom()).isEqualTo(7);
        assertThat(bike.getAgeTo()).isEqualTo(9);
        assertThat(context.profile().getChildBirthYears()).containsExactly(2019);
    }

    @Test
    void premiumAlternativeStartsFromWhatIsViewedNowInTheCartOrViewedRecently() {
        var viewingNow = reader.read("C-ADA", friday, Set.of(), "W-BLZ-NAVY");
        Candidate cashmere = find(viewingNow, "W-BLZ-CASH", Strategy.UPSELL);
        assertThat(cashmere.getVia()).isEqualTo("VIEWING");
        assertThat(cashmere.getPath()).containsExactly("Customer:C-ADA", "Product:W-BLZ-NAVY", "Product:W-BLZ-CASH");

        var inCart = reader.read("C-MARGARET", Instant.parse("2026-11-20T13:00:00Z"), Set.of());
        assertThat(find(inCart, "W-BLZ-CASH", Strategy.UPSELL).getVia()).isEqualTo("CART");

        var viewedRecently = reader.read("C-JOHN", friday, Set.of());
        Candidate carbon = find(viewedRecently, "R-SHOE-CARBON", Strategy.UPSELL);
        assertThat(carbon.getVia()).isEqualTo("VIEWED");
        assertThat(carbon.getAnchorSku()).isEqualTo("R-SHOE-TEMPO");
        assertThat(carbon.getRelevance()).isLessThan(cashmere.getRelevance());

        // Nothing viewed, nothing in the cart: no upsell, even though the owned blazer has a premium alternative.
        assertThat(reader.read("C-ADA", friday, Set.of()).candidates())
                .noneMatch(c -> c.getStrategy() == Strategy.UPSELL);
    }

    @Test
    void complementsFollowPairingsAndCoPurchasesFromOwnedAndCartItems() {
        var ada = reader.read("C-ADA", friday, Set.of());
        Candidate tie = find(ada, "W-TIE-SILK", Strategy.COMPLEMENT);
        assertThat(tie.getTraversal()).isEqualTo("complements");
        assertThat(tie.getRelevance()).isEqualTo(0.6);

        // BOUGHT_WITH is read from the owned product outward: R-SHOE-TEMPO -> R-HRM-STRAP serves an owner of the shoe.
        // The edge is set here because recomputeCoPurchases tests rewrite derived edges in the shared graph.
        TestGraph.get().graph().write("""
                MATCH (tempo:Product {sku: 'R-SHOE-TEMPO'}), (strap:Product {sku: 'R-HRM-STRAP'})
                OPTIONAL MATCH (strap)-[reverse:BOUGHT_WITH]->(tempo)
                DELETE reverse
                MERGE (tempo)-[b:BOUGHT_WITH]->(strap)
                SET b.support = 2, b.lift = 2.1
                """, java.util.Map.of());
        var ken = reader.read("C-KEN", friday, Set.of());
        Candidate strap = find(ken, "R-HRM-STRAP", Strategy.COMPLEMENT);
        assertThat(strap.getTraversal()).isEqualTo("bought-together");
        assertThat(strap.getExplanation()).contains("lift 2.1");
        assertThat(strap.getRelevance()).isCloseTo(1 - 1 / 2.1, offset(0.001));

        var withCart = reader.read("C-ADA", friday, Set.of("W-SHO-OXF"));
        assertThat(find(withCart, "W-BLT-LEATHER", Strategy.COMPLEMENT).getVia()).isEqualTo("CART");
    }

    @Test
    void manyCustomersReadAtOnceHaveTheContextsReadOneByOne() {
        var contexts = reader.readAll(java.util.List.of("C-ADA", "C-NOBODY", "C-KEN"), friday);

        assertThat(contexts).containsOnlyKeys("C-ADA", "C-KEN");
        for (String id : contexts.keySet()) {
            var alone = reader.read(id, friday, Set.of());
            assertThat(contexts.get(id).candidates()).usingRecursiveFieldByFieldElementComparator()
                    .containsExactlyInAnyOrderElementsOf(alone.candidates());
            assertThat(contexts.get(id).owned()).usingRecursiveFieldByFieldElementComparator()
                    .containsExactlyInAnyOrderElementsOf(alone.owned());
            assertThat(contexts.get(id).signals()).usingRecursiveFieldByFieldElementComparator()
                    .containsExactlyElementsOf(alone.signals());
        }
    }

    @Test
    void readsSharingOneRoundTripSeeEachCustomerAsOfItsOwnRequest() {
        String customer = tieBoughtThenTeeInTheCart();
        var reads = List.of(
                new CustomerContextReader.ContextRead(customer, Instant.parse("2026-11-20T08:10:00Z")),
                new CustomerContextReader.ContextRead("C-ADA", friday),
                new CustomerContextReader.ContextRead("C-NOBODY", friday),
                new CustomerContextReader.ContextRead(customer, Instant.parse("2026-11-20T09:15:00Z")),
                new CustomerContextReader.ContextRead("C-ADA", Instant.parse("2026-11-01T00:00:00Z")));

        var together = reader.readTogether(reads);

        assertThat(together).hasSize(reads.size());
        assertThat(together.get(2)).isNull();
        for (int i = 0; i < reads.size(); i++) {
            var alone = reader.readTogether(List.of(reads.get(i))).getFirst();
            if (alone == null) {
                continue;
            }
            Map<String, Object> shared = new HashMap<>(together.get(i).asMap());
            assertThat(shared.remove("index")).isEqualTo((long) i);
            assertThat(shared).as(reads.get(i).toString()).isEqualTo(alone.asMap());
        }
        // the two reads of one customer differ as its cart did
        assertThat(together.get(0).get("eventCart").asList(v -> v.get("sku").asString())).containsExactly("W-TIE-SILK");
        assertThat(together.get(3).get("eventCart").asList(v -> v.get("sku").asString())).containsExactly("W-TEE-PIMA");
    }

    @Test
    void replenishmentProposesOwnedConsumablesAndGiftsGiven() {
        Candidate socks = find(reader.read("C-ALAN", friday, Set.of()), "R-SOCK-PACK", Strategy.REPLENISHMENT);
        assertThat(socks.getTraversal()).isEqualTo("replenishment-cycle");
        assertThat(socks.getCycleDays()).isEqualTo(90);
        assertThat(socks.getExplanation()).contains("172 days ago");

        var edsger = reader.read("C-EDSGER", friday, Set.of());
        Candidate giftCard = find(edsger, "G-CARD-50", Strategy.REPLENISHMENT);
        assertThat(giftCard.getTraversal()).isEqualTo("gift-again");
        assertThat(giftCard.getPath()).containsExactly("Customer:C-EDSGER", "Product:G-CARD-50");
        // The gift set went to someone else: it makes Edsger no Glow customer (only best sellers fill in).
        assertThat(edsger.candidates()).extracting(Candidate::getStrategy)
                .containsOnly(Strategy.REPLENISHMENT, Strategy.POPULAR);
    }

    @Test
    void aProductLaunchingWithinSixtyDaysIsACandidateWithTheDaysToItsLaunchAndOneLaterIsNone() {
        // L-GRADIENT launches on 10 November: the rules hold a candidate not launched yet back, or open early access
        var longBefore = reader.read("C-GRACE", Instant.parse("2026-09-01T09:00:00Z"), Set.of());
        var beforeLaunch = reader.read("C-GRACE", Instant.parse("2026-11-01T09:00:00Z"), Set.of());
        var afterLaunch = reader.read("C-GRACE", friday, Set.of());

        assertThat(longBefore.candidates()).extracting(Candidate::getSku).doesNotContain("L-GRADIENT");
        assertThat(find(beforeLaunch, "L-GRADIENT", Strategy.ECOSYSTEM).getDaysSinceLaunch()).isBetween(-9.0, -8.9);
        assertThat(find(afterLaunch, "L-GRADIENT", Strategy.ECOSYSTEM).getDaysSinceLaunch()).isBetween(9.0, 10.5);
    }

    @Test
    void theCartIsWhatWasAddedSinceTheLastCheckoutAndNotRemoved() {
        String customer = tieBoughtThenTeeInTheCart();
        event(customer, "CART_ADD", "W-JNS-SELV", "2026-11-20T09:10:00Z");
        event(customer, "CART_REMOVE", "W-JNS-SELV", "2026-11-20T09:20:00Z");

        assertThat(cartAt(customer, "2026-11-20T08:10:00Z")).containsExactly("W-TIE-SILK");
        assertThat(cartAt(customer, "2026-11-20T08:45:00Z")).isEmpty();
        assertThat(cartAt(customer, "2026-11-20T09:15:00Z")).containsExactlyInAnyOrder("W-TEE-PIMA", "W-JNS-SELV");
        var cart = reader.read(customer, Instant.parse("2026-11-20T13:00:00Z"), Set.of("W-SNK-WHITE")).cart();
        assertThat(cart).extracting(CartItem::getSku).containsExactly("W-TEE-PIMA", "W-SNK-WHITE");
        assertThat(cart.getFirst().getHoursInCart()).isEqualTo(4.0);
        assertThat(cart.getFirst().getPrice()).isEqualTo(29.0);
        assertThat(cart.get(1).isFromContext()).isTrue();
    }

    @Test
    void exposuresAndResponsesAreReadAsOfTheDecisionTime() {
        String customer = newCustomer();
        String shown = "D-" + UUID.randomUUID();
        String later = "D-" + UUID.randomUUID();
        TestGraph.get().graph().write("""
                MATCH (c:Customer {id: $customer}), (dimmer:Product {sku: 'L-DIMMER'}), (motion:Product {sku: 'L-MOTION'})
                CREATE (d:Decision {id: $shown, at: datetime('2026-11-18T20:00:00Z')})-[:FOR]->(c)
                CREATE (d)-[:OFFERED {rank: 1, strategy: 'ECOSYSTEM', channel: 'EMAIL'}]->(dimmer)
                CREATE (d)-[:OFFERED {rank: 2, strategy: 'ECOSYSTEM', channel: 'EMAIL'}]->(motion)
                CREATE (:Response {id: $shown + '-r', type: 'DISMISSED', at: datetime('2026-11-18T21:00:00Z'), sku: 'L-MOTION'})-[:RESPONDS_TO]->(d)
                CREATE (l:Decision {id: $later, at: datetime('2026-11-21T20:00:00Z')})-[:FOR]->(c)
                CREATE (l)-[:OFFERED {rank: 1, strategy: 'ECOSYSTEM', channel: 'SMS'}]->(dimmer)
                """, Map.of("customer", customer, "shown", shown, "later", later));

        var context = reader.read(customer, friday, Set.of());

        assertThat(context.exposures()).extracting(Exposure::getDecisionId, Exposure::getSku, Exposure::getChannel,
                        Exposure::getStrategy)
                .containsExactlyInAnyOrder(
                        tuple(shown, "L-DIMMER", Channel.EMAIL, Strategy.ECOSYSTEM),
                        tuple(shown, "L-MOTION", Channel.EMAIL, Strategy.ECOSYSTEM));
        assertThat(context.exposures().getFirst().getHoursAgo()).isEqualTo(37.0);
        assertThat(context.responses()).extracting(OfferResponse::getType, OfferResponse::getSku)
                .containsExactly(tuple("DISMISSED", "L-MOTION"));
        assertThat(reader.read(customer, Instant.parse("2026-11-18T20:30:00Z"), Set.of()).responses()).isEmpty();
        assertThat(context.facts()).containsAll(context.exposures()).containsAll(context.responses());
    }

    @Test
    void anUnknownCustomerIsNotFound() {
        assertThatThrownBy(() -> reader.read("C-NOBODY", friday, Set.of()))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("C-NOBODY");
    }

    private List<String> cartAt(String customer, String at) {
        return reader.read(customer, Instant.parse(at), Set.of()).cart().stream().map(CartItem::getSku).toList();
    }

    /** A new customer who added a tie to the cart at 08:00, checked out at 08:30 and added a tee at 09:00. */
    private static String tieBoughtThenTeeInTheCart() {
        String customer = newCustomer();
        event(customer, "CART_ADD", "W-TIE-SILK", "2026-11-20T08:00:00Z");
        event(customer, "CHECKOUT", null, "2026-11-20T08:30:00Z");
        event(customer, "CART_ADD", "W-TEE-PIMA", "2026-11-20T09:00:00Z");
        return customer;
    }

    /** A customer of its own, so events written here never change the seeded customers' stories. */
    private static String newCustomer() {
        String id = "C-TEST-" + UUID.randomUUID();
        TestGraph.get().graph().write("CREATE (:Customer {id: $id, name: 'Test', tier: 'BRONZE', points: 0})", Map.of("id", id));
        return id;
    }

    private static void event(String customer, String type, String sku, String at) {
        Map<String, Object> parameters = new HashMap<>();   // sku may be null: Map.of would refuse it
        parameters.put("customer", customer);
        parameters.put("type", type);
        parameters.put("sku", sku);
        parameters.put("at", at);
        TestGraph.get().graph().write("""
                MATCH (c:Customer {id: $customer})
                CREATE (c)-[:DID]->(e:Event {id: randomUUID(), type: $type, sku: $sku, at: datetime($at)})
                WITH e
                OPTIONAL MATCH (p:Product {sku: $sku})
                FOREACH (product IN CASE WHEN p IS NULL THEN [] ELSE [p] END | CREATE (e)-[:ABOUT]->(product))
                """, parameters);
    }

    private static Candidate find(CustomerContext context, String sku, Strategy strategy) {
        return context.candidates().stream().filter(c -> c.getSku().equals(sku) && c.getStrategy() == strategy)
                .findFirst().orElseThrow(() -> new AssertionError("no " + strategy + " candidate " + sku));
    }
}
