package dev.crosswise.promotion;

import dev.crosswise.api.BadRequestException;
import dev.crosswise.api.NotFoundException;
import dev.crosswise.graph.Graph;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/**
 * Writes promotions ({@code Mutation.upsertPromotion}, {@code Mutation.endPromotion}), each in one write transaction.
 * An upsert is idempotent on the id: the promotion becomes what the input says, its {@code DISCOUNTS} edges point
 * at exactly the products and categories it names, and its {@code GIVES} edge at its gift (none without one). Ending keeps the first end time, so ending twice changes nothing.
 */
@Service
public class PromotionUpserts {

    /** What the input names that does not exist, and the products the promotion reaches (with their prices). */
    private static final String CHECK = """
            RETURN [s IN $skus WHERE NOT EXISTS { (:Product {sku: s}) }] AS missingSkus,
                   $giftSku IS NULL OR EXISTS { (:Product {sku: $giftSku}) } AS giftFound,
                   [c IN $categories WHERE NOT EXISTS { (:Category {id: c}) }] AS missingCategories,
                   COLLECT {
                     MATCH (x:Product) WHERE x.sku IN $skus
                     RETURN x {.sku, .price} AS product
                     UNION
                     MATCH (c:Category WHERE c.id IN $categories)<-[:PARENT*0..]-(:Category)<-[:IN_CATEGORY]-(x:Product)
                     RETURN x {.sku, .price} AS product
                   } AS reached
            """;

    private static final String MERGE = """
            MERGE (p:Promotion {id: $id})
            ON CREATE SET p.createdAt = datetime()
            SET p += $properties, p.changedAt = datetime()
            WITH p
            OPTIONAL MATCH (p)-[old:DISCOUNTS|GIVES]->()
            DELETE old
            WITH DISTINCT p
            CALL (p) {
              UNWIND $skus AS sku
              MATCH (x:Product {sku: sku})
              MERGE (p)-[:DISCOUNTS]->(x)
            }
            CALL (p) {
              UNWIND $categories AS category
              MATCH (c:Category {id: category})
              MERGE (p)-[:DISCOUNTS]->(c)
            }
            CALL (p) {
              MATCH (gift:Product {sku: $giftSku})
              MERGE (p)-[:GIVES]->(gift)
            }
            """;

    private static final String END = """
            MATCH (p:Promotion {id: $id})
            SET p.endedAt = coalesce(p.endedAt, $now)
            RETURN p.id AS id
            """;

    private final Graph graph;
    private final Promotions promotions;
    private final Clock clock;

    PromotionUpserts(Graph graph, Promotions promotions, Clock clock) {
        this.graph = graph;
        this.promotions = promotions;
        this.clock = clock;
    }

    public Promotion upsert(PromotionInput input) {
        validate(input);
        Map<String, Object> parameters = parameters(input);
        try (var session = graph.session()) {
            session.executeWrite(tx -> {
                check(tx, input, parameters);
                tx.run(MERGE, parameters).consume();
                return null;
            });
        } finally {
            promotions.evict(); // the next decision sees it
        }
        return promotions.find(input.id()).orElseThrow();
    }

    public Promotion end(String id) {
        if (id == null || id.isBlank()) {
            throw new BadRequestException("id", "id must not be blank");
        }
        var ended = graph.write(END, Map.of("id", id, "now", clock.instant().atZone(ZoneOffset.UTC))).records();
        promotions.evict();
        if (ended.isEmpty()) {
            throw new NotFoundException("id", "Promotion '" + id + "' not found");
        }
        return promotions.find(id).orElseThrow();
    }

    private static void check(TransactionContext tx, PromotionInput input, Map<String, Object> parameters) {
        var check = tx.run(CHECK, parameters).single();
        List<String> missingSkus = check.get("missingSkus").asList(Value::asString);
        if (!missingSkus.isEmpty()) {
            throw new BadRequestException("input.skus", "Products not found: " + String.join(", ", missingSkus));
        }
        List<String> missingCategories = check.get("missingCategories").asList(Value::asString);
        if (!missingCategories.isEmpty()) {
            throw new BadRequestException("input.categories", "Categories not found: "
                    + String.join(", ", missingCategories) + " (categories come from the seed files; check the id)");
        }
        if (!check.get("giftFound").asBoolean()) {
            throw new BadRequestException("input.giftSku", "Gift product not found: " + input.giftSku()
                    + " (create it with upsertProduct first, or check the sku)");
        }
        if (input.isGift()) {
            for (Value product : check.get("reached").values()) {
                if (input.giftSku().equals(product.get("sku").asString())) {
                    throw new BadRequestException("input.giftSku", "giftSku " + input.giftSku() + " is in one of the "
                            + "categories the promotion names: the gift comes free with the promotion's products, so it "
                            + "must be another product (or leave its category out)");
                }
            }
        }
        if (input.amountOff() != null && input.isBundle()) {
            double whole = 0;
            for (Value product : check.get("reached").values()) {
                whole += product.get("price").asDouble(0);
            }
            if (input.amountOff() >= whole) {
                throw new BadRequestException("input.amountOff", "amountOff " + Money.euros(input.amountOff())
                        + " is not below the bundle's price (" + Money.euros(whole) + ", its products' prices added "
                        + "up): a discount must leave something to pay");
            }
        } else if (input.amountOff() != null) {
            for (Value product : check.get("reached").values()) {
                double price = product.get("price").asDouble(0);
                if (input.amountOff() >= price) {
                    throw new BadRequestException("input.amountOff", "amountOff " + Money.euros(input.amountOff())
                            + " is not below the price of " + product.get("sku").asString() + " ("
                            + Money.euros(price) + "): a discount must leave something to pay");
                }
            }
        }
    }

    static void validate(PromotionInput input) {
        if (input.id() == null || input.id().isBlank()) {
            throw new BadRequestException("input.id", "id must not be blank");
        }
        if (input.name() == null || input.name().isBlank()) {
            throw new BadRequestException("input.name", "name must not be blank: customers read it in the offer");
        }
        if (input.isGift()) {
            validateGift(input);
        } else if ((input.percentOff() == null) == (input.amountOff() == null)) {
            throw new BadRequestException("input.percentOff", "give exactly one of percentOff and amountOff (or, for a "
                    + "gift with the purchase, giftSku and neither)");
        }
        if (input.percentOff() != null && !(input.percentOff() > 0 && input.percentOff() < 100)) {
            throw new BadRequestException("input.percentOff", "percentOff must be above 0 and below 100, got "
                    + input.percentOff());
        }
        if (input.amountOff() != null && !(input.amountOff() > 0)) {
            throw new BadRequestException("input.amountOff", "amountOff must be above 0, got " + input.amountOff());
        }
        if (input.isBundle() && new LinkedHashSet<>(nullToEmpty(input.skus())).size() < 2) {
            throw new BadRequestException("input.skus", "a bundle is at least two products sold together: name them "
                    + "in skus (got " + nullToEmpty(input.skus()).size() + ")");
        }
        if (input.isBundle() && !nullToEmpty(input.categories()).isEmpty()) {
            throw new BadRequestException("input.categories", "a bundle names its products (skus), not categories");
        }
        if (nullToEmpty(input.skus()).isEmpty() && nullToEmpty(input.categories()).isEmpty()) {
            throw new BadRequestException("input.skus", "name at least one product (skus) or category (categories)");
        }
        if (input.validFrom() == null) {
            throw new BadRequestException("input.validFrom", "validFrom is required");
        }
        if (input.validTo() == null) {
            throw new BadRequestException("input.validTo", "validTo is required: an offer's end is real, never open");
        }
        if (!input.validTo().isAfter(input.validFrom())) {
            throw new BadRequestException("input.validTo", "validTo (" + input.validTo() + ") must be after validFrom ("
                    + input.validFrom() + ")");
        }
        if (input.budgetUnits() != null && input.budgetUnits() < 1) {
            throw new BadRequestException("input.budgetUnits", "budgetUnits must be at least 1, got " + input.budgetUnits());
        }
        if (input.budgetAmount() != null && !(input.budgetAmount() > 0)) {
            throw new BadRequestException("input.budgetAmount", "budgetAmount must be above 0, got " + input.budgetAmount());
        }
    }

    /**
     * A gift promotion gives its gift free with each of its products, at their price: it is not also a discount on
     * them, nor a bundle (a discount, a bundle and a gift on the same products are separate promotions, and a decision
     * offers the one that saves the customer most).
     */
    private static void validateGift(PromotionInput input) {
        if (input.giftSku().isBlank()) {
            throw new BadRequestException("input.giftSku", "giftSku must not be blank: name the product given free, "
                    + "or leave giftSku out for a discount");
        }
        if (input.percentOff() != null || input.amountOff() != null) {
            throw new BadRequestException("input.giftSku", "a gift promotion gives giftSku free and takes nothing off: "
                    + "leave percentOff and amountOff out (a discount on the same products is a promotion of its own)");
        }
        if (input.isBundle()) {
            throw new BadRequestException("input.giftSku", "a gift promotion cannot be a bundle: leave bundle out, or "
                    + "make the bundle a promotion of its own");
        }
        if (nullToEmpty(input.skus()).contains(input.giftSku())) {
            throw new BadRequestException("input.giftSku", "giftSku " + input.giftSku() + " is also in skus: the gift "
                    + "comes free with the promotion's products, so it must be another product");
        }
    }

    private static Map<String, Object> parameters(PromotionInput input) {
        Map<String, Object> properties = new HashMap<>();
        // every property, null ones too: an upsert replaces the promotion (a left-out option is removed)
        properties.put("name", input.name());
        properties.put("percentOff", input.percentOff());
        properties.put("amountOff", input.amountOff());
        properties.put("validFrom", input.validFrom().atZoneSameInstant(ZoneOffset.UTC));
        properties.put("validTo", input.validTo().atZoneSameInstant(ZoneOffset.UTC));
        properties.put("minTier", input.minTier() == null ? null : input.minTier().name());
        properties.put("channels", nullToEmpty(input.channels()).stream().map(Enum::name).distinct().sorted().toList());
        properties.put("budgetUnits", input.budgetUnits());
        properties.put("budgetAmount", input.budgetAmount());
        properties.put("bundle", input.isBundle());
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", input.id());
        parameters.put("properties", properties);
        parameters.put("skus", List.copyOf(new LinkedHashSet<>(nullToEmpty(input.skus()))));
        parameters.put("categories", List.copyOf(new LinkedHashSet<>(nullToEmpty(input.categories()))));
        parameters.put("giftSku", input.giftSku());
        return parameters;
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
