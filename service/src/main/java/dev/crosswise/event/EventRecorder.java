package dev.crosswise.event;

import dev.crosswise.api.BadRequestException;
import dev.crosswise.api.NotFoundException;
import dev.crosswise.attribution.Attribution;
import dev.crosswise.catalog.Catalog;
import dev.crosswise.catalog.Product;
import dev.crosswise.customer.Customer;
import dev.crosswise.graph.Graph;
import dev.crosswise.graph.UniqueWrites;
import dev.crosswise.rules.facts.Channel;
import dev.crosswise.rules.facts.Tier;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.springframework.stereotype.Service;

/**
 * Records events idempotently on their id ({@code Mutation.recordEvent}). Checks, the event node, its links and
 * its effects ({@link EventEffects}) are one write transaction: an event is either fully recorded or not at all.
 *
 * <p>Two statements, two round trips: {@link #LOOKUP} reads the event if it is recorded already, and what the checks
 * need; {@link #RECORD} creates the event, links it, applies its effects, credits a purchase
 * ({@link Attribution#PURCHASE_RECORDED}) or marks the line a return takes back ({@link Attribution#PURCHASE_RETURNED}),
 * and answers the event as written.
 *
 * <p>Replays are recognised twice: the lookup before anything is written, and the unique {@code Event.id}: a
 * concurrent writer of the same id waits for the first to commit, then fails the constraint, and
 * {@link UniqueWrites} runs its work once more, whose lookup finds the node. Effects run only in the transaction that
 * created the node, so a replay changes nothing.
 */
@Service
public class EventRecorder {

    /** The event if recorded already (as {@link #replay} compares it), then what the checks read. */
    private static final String LOOKUP = """
            OPTIONAL MATCH (e:Event {id: $eventId})
            OPTIONAL MATCH (c:Customer)-[:DID]->(e)
            OPTIONAL MATCH (e)-[:ABOUT]->(p:Product)
            WITH CASE WHEN e IS NULL THEN null
                      ELSE {event: e {.*}, customerId: c.id, product: CASE WHEN p IS NULL THEN null ELSE %s END} END
                 AS recorded
            LIMIT 1
            OPTIONAL MATCH (c:Customer {id: $customerId})
            OPTIONAL MATCH (p:Product {sku: $sku})
            OPTIONAL MATCH (c)-[o:OWNS]->(p)
            RETURN recorded, c IS NOT NULL AS customerExists, p IS NOT NULL AS productExists, p.price AS productPrice,
                   o IS NOT NULL AS owned, coalesce(o.quantity, 1) - coalesce(o.returnedQuantity, 0) AS kept,
                   o.price AS paidPrice
            """.formatted(Catalog.PRODUCT_PROJECTION);

    /**
     * The event and its links (the product only when the event is about one), after {@code c} and {@code p}; then
     * come the type's effects and the answer. A type that needs a product MATCHes it: after an OPTIONAL MATCH the
     * planner started the effects' and the credit's expansions from the product (its every event and offer: 2 300
     * database hits for a purchase instead of 420, 150 000 for a popular product) instead of from the customer.
     */
    private static final String CREATE = """
            CREATE (c)-[:DID]->(e:Event {id: $eventId})
            SET e += $properties, e.recordedAt = datetime(), e.changedAt = datetime()
            FOREACH (product IN CASE WHEN p IS NULL THEN [] ELSE [p] END | CREATE (e)-[:ABOUT]->(product))
            WITH c, e, p
            """;

    private static final String ANSWER = """
            RETURN e {.*} AS event, c.id AS customerId, CASE WHEN p IS NULL THEN null ELSE %s END AS product
            """.formatted(Catalog.PRODUCT_PROJECTION);

    /** The whole recording of a new event, per type. */
    private static final Map<EventType, String> RECORD = new EnumMap<>(EventType.class);

    static {
        for (EventType type : EventType.values()) {
            RECORD.put(type, statement(type));
        }
    }

    static String statement(EventType type) {
        String attribution = switch (type) {
            case PURCHASE -> Attribution.PURCHASE_RECORDED;
            case RETURN -> Attribution.PURCHASE_RETURNED;
            default -> "";
        };
        String match = type.required().contains(EventInput.Field.SKU)
                ? "MATCH (c:Customer {id: $customerId})\nMATCH (p:Product {sku: $sku})\n"
                : "MATCH (c:Customer {id: $customerId})\nOPTIONAL MATCH (p:Product {sku: $sku})\n";
        return match + CREATE + EventEffects.of(type) + attribution + ANSWER.strip()
                + (type == EventType.PURCHASE ? ", window, wasAttributed\n" : "\n");
    }

    private final Graph graph;
    private final Clock clock;
    private final Attribution attribution;

    EventRecorder(Graph graph, Clock clock, Attribution attribution) {
        this.graph = graph;
        this.clock = clock;
        this.attribution = attribution;
    }

    public RecordEventPayload record(EventInput input) {
        validate(input);
        ZonedDateTime at = (input.at() == null ? clock.instant() : input.at().toInstant()).atZone(ZoneOffset.UTC);
        return UniqueWrites.execute(graph, tx -> record(tx, input, at));
    }

    private RecordEventPayload record(TransactionContext tx, EventInput input, ZonedDateTime at) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("eventId", input.eventId());
        parameters.put("customerId", input.customerId());
        parameters.put("sku", input.sku());
        Record check = tx.run(LOOKUP, parameters).single();
        if (!check.get("recorded").isNull()) {
            return replay(check.get("recorded"), input);
        }
        if (!check.get("customerExists").asBoolean()) {
            throw new NotFoundException("input.customerId", "Customer '" + input.customerId()
                    + "' not found: check the id (ids are case-sensitive), or create it with upsertCustomer");
        }
        if (input.sku() != null && !check.get("productExists").asBoolean()) {
            throw new NotFoundException("input.sku", "Product '" + input.sku()
                    + "' not found: check the sku, or create it with upsertProduct");
        }
        if (input.type().needsOwnership() && !check.get("owned").asBoolean()) {
            throw new BadRequestException("input.sku", "Customer '" + input.customerId() + "' does not own '"
                    + input.sku() + "': record the PURCHASE before a " + input.type());
        }
        if (input.type() == EventType.RETURN && check.get("kept").asLong() <= 0) {
            throw new BadRequestException("input.sku", "Customer '" + input.customerId() + "' has returned every unit"
                    + " of '" + input.sku() + "' already: nothing is left to return");
        }

        Map<String, Object> properties = properties(input, at, check);
        parameters.putAll(properties); // the effects' parameters: at, orderId, price, quantity, ...
        parameters.put("properties", properties);
        parameters.put("pointsPerEuro", Customer.POINTS_PER_EURO);
        if (input.type() == EventType.PURCHASE) {
            parameters.putAll(attribution.parameters());
        }
        Record recorded = tx.run(RECORD.get(input.type()), parameters).single();
        if (input.type() == EventType.PURCHASE) {
            attribution.counted(recorded.get("window"), recorded.get("wasAttributed"));
        }
        return new RecordEventPayload(event(recorded), false);
    }

    /**
     * A replay answers the event as first recorded (retries may carry drifted details: the first recording wins). But
     * the same id for another customer, type or product is not a retry — two producers share an id space, or one
     * reuses ids — and answering the other event as a duplicate would silently drop this one.
     */
    private static RecordEventPayload replay(MapAccessor recorded, EventInput input) {
        Value event = recorded.get("event");
        String customerId = recorded.get("customerId").asString(null);
        String type = event.get("type").asString(null);
        String sku = recorded.get("product").isNull() ? null : recorded.get("product").get("sku").asString();
        if (!Objects.equals(customerId, input.customerId()) || !Objects.equals(type, input.type().name())
                || !Objects.equals(sku, input.sku())) {
            throw new BadRequestException("input.eventId", "Event '" + input.eventId() + "' is already recorded as "
                    + describe(type, customerId, sku) + ", not " + describe(input.type().name(), input.customerId(),
                    input.sku()) + ": an eventId names one event, so give this one an id of its own");
        }
        return new RecordEventPayload(event(recorded), true);
    }

    private static String describe(String type, String customerId, String sku) {
        return "a " + type + " of " + customerId + (sku == null ? "" : " about " + sku);
    }

    /**
     * The event node's properties: what was given, plus a purchase's defaults (1 unit, the product's price). A return
     * records what it refunds: the units taken back (1 by default, never more than are still kept) at the price paid
     * unless the event says what was refunded.
     *
     * @param check what {@link #LOOKUP} read: the product's price, the units kept and the price paid
     */
    private static Map<String, Object> properties(EventInput input, ZonedDateTime at, Record check) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("id", input.eventId());
        properties.put("type", input.type().name());
        properties.put("at", at);
        properties.put("sku", input.sku());
        properties.put("orderId", input.orderId());
        properties.put("quantity", input.quantity());
        properties.put("price", input.price());
        properties.put("gift", input.gift());
        properties.put("usagePercent", input.usagePercent());
        properties.put("satisfaction", input.satisfaction());
        properties.put("caseId", input.caseId());
        properties.put("tier", input.tier() == null ? null : input.tier().name());
        properties.put("channel", input.channel() == null ? null : input.channel().name());
        if (input.type() == EventType.PURCHASE) {
            properties.put("quantity", input.quantity() == null ? 1 : input.quantity());
            properties.put("price", input.price() == null ? check.get("productPrice").asDouble(0) : input.price());
            properties.put("gift", input.gift() != null && input.gift());
        }
        if (input.type() == EventType.RETURN) {
            properties.put("quantity", Math.min(input.quantity() == null ? 1 : input.quantity(), check.get("kept").asLong()));
            properties.put("price", input.price() == null ? check.get("paidPrice").asDouble(0) : input.price());
        }
        return properties;
    }

    /** The most units one event takes: with {@link Product#MAX_PRICE}, spend and points cannot overflow. */
    static final int MAX_QUANTITY = 1_000_000;

    static void validate(EventInput input) {
        if (input.eventId() == null || input.eventId().isBlank()) {
            throw new BadRequestException("input.eventId", "eventId must not be blank");
        }
        if (input.customerId() == null || input.customerId().isBlank()) {
            throw new BadRequestException("input.customerId", "customerId must not be blank");
        }
        for (EventInput.Field field : input.type().required()) {
            if (field.missingIn(input)) {
                throw new BadRequestException(field.path(), "A " + input.type() + " event needs " + field
                        + " (required: " + input.type().required() + ")");
            }
        }
        if (input.quantity() != null && (input.quantity() < 1 || input.quantity() > MAX_QUANTITY)) {
            throw new BadRequestException("input.quantity", "quantity must be 1.." + MAX_QUANTITY + ", got "
                    + input.quantity());
        }
        if (input.price() != null && !(input.price() >= 0 && input.price() <= Product.MAX_PRICE)) {
            throw new BadRequestException("input.price", "price must be 0.." + (long) Product.MAX_PRICE + ", got "
                    + input.price());
        }
        if (input.usagePercent() != null && !(input.usagePercent() >= 0 && input.usagePercent() <= 100)) {
            throw new BadRequestException("input.usagePercent", "usagePercent must be 0..100, got " + input.usagePercent());
        }
        if (input.satisfaction() != null && (input.satisfaction() < 1 || input.satisfaction() > 5)) {
            throw new BadRequestException("input.satisfaction", "satisfaction must be 1..5, got " + input.satisfaction());
        }
    }

    private static Event event(MapAccessor record) {
        Value e = record.get("event");
        Value product = record.get("product");
        return new Event(
                e.get("id").asString(),
                EventType.valueOf(e.get("type").asString()),
                record.get("customerId").asString(null),
                e.get("at").asZonedDateTime().toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC),
                product.isNull() ? null : Product.from(product),
                e.get("orderId").asString(null),
                e.get("quantity").isNull() ? null : e.get("quantity").asInt(),
                e.get("price").isNull() ? null : e.get("price").asDouble(),
                e.get("gift").isNull() ? null : e.get("gift").asBoolean(),
                e.get("usagePercent").isNull() ? null : e.get("usagePercent").asDouble(),
                e.get("satisfaction").isNull() ? null : e.get("satisfaction").asInt(),
                e.get("caseId").asString(null),
                e.get("tier").isNull() ? null : Tier.valueOf(e.get("tier").asString()),
                e.get("channel").isNull() ? null : Channel.valueOf(e.get("channel").asString()));
    }
}
