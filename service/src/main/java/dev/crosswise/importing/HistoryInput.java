package dev.crosswise.importing;

import dev.crosswise.copurchase.CoPurchases;
import dev.crosswise.demand.ProductDemand;
import dev.crosswise.importing.PurchaseHistoryImport.Baskets;
import dev.crosswise.importing.PurchaseHistoryImport.Customer;
import dev.crosswise.importing.PurchaseHistoryImport.Owns;
import dev.crosswise.importing.PurchaseHistoryImport.Purchase;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.neo4j.batchimport.api.InputIterable;
import org.neo4j.batchimport.api.InputIterator;
import org.neo4j.batchimport.api.input.IdType;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.batchimport.api.input.InputChunk;
import org.neo4j.batchimport.api.input.InputEntityVisitor;
import org.neo4j.internal.batchimport.input.Groups;
import org.neo4j.values.storable.DateTimeValue;

/**
 * The grouped history as Neo4j's offline importer reads its input: nodes and relationships handed over as values,
 * in chunks the importer's threads take in turn — no CSV to write and parse again (parsing datetimes and sampling the
 * files was about 40 % of the importer's CPU). Node ids are the store's own ids ({@link IdType#ACTUAL}: no
 * id mapping to build and search), from 0: customers, then products, then the shop's weeks, then one event per
 * purchase, then the migrations.
 */
final class HistoryInput {

    /** Entities per chunk a thread of the importer takes. */
    static final int CHUNK = 10_000;

    private final Groups groups = new Groups();
    private final List<Customer> customers;
    private final List<String> skus;
    private final List<String> productNames;
    private final Map<String, Long> productIds = new HashMap<>();
    private final List<Purchase> events = new ArrayList<>();
    private final long[] customerOfEvent;
    private final List<Owns> owns = new ArrayList<>();
    private final long[] customerOfOwns;
    private final List<CoPurchases.Edge> edges;
    private final Map<String, ProductDemand.Figures> figures = new HashMap<>();
    private final ProductDemand.Computed demand;
    /** How much of a pair's pull a product of an earlier order carries into the next ({@code CoPurchases}); null: unknown. */
    private final Double carryover;
    private final DateTimeValue derivedAt;
    private final DateTimeValue changedAt;
    private final long firstProduct;
    private final long weeksNode;
    private final long firstEvent;
    private final List<String> migrations;
    private final long firstMigration;

    /**
     * @param migrations recorded as applied ({@code (:Migration {name, appliedAt})}): the graph is written in the
     *                   shape this version reads, as a graph migrated before the import would hold it
     */
    HistoryInput(HistoryBulkImport.Prepared prepared, ZonedDateTime derivedAt, ZonedDateTime changedAt,
                 List<String> migrations) {
        Baskets baskets = prepared.baskets();
        CoPurchases.Derivation coPurchases = prepared.coPurchases();
        ProductDemand.Computed demand = prepared.demand();
        this.carryover = coPurchases.carryover();
        this.migrations = List.copyOf(migrations);
        this.customers = List.copyOf(baskets.customers.values());
        this.skus = List.copyOf(baskets.products.keySet());
        this.productNames = List.copyOf(baskets.products.values());
        this.firstProduct = customers.size();
        for (int i = 0; i < skus.size(); i++) {
            productIds.put(skus.get(i), firstProduct + i);
        }
        this.weeksNode = firstProduct + skus.size();
        this.firstEvent = weeksNode + (demand.shopWeeks() == null ? 0 : 1);
        this.firstMigration = firstEvent + baskets.customers.values().stream().mapToLong(c -> c.purchases.size()).sum();
        List<Long> eventCustomers = new ArrayList<>();
        List<Long> ownsCustomers = new ArrayList<>();
        for (int c = 0; c < customers.size(); c++) {
            for (Purchase p : customers.get(c).purchases) {
                events.add(p);
                eventCustomers.add((long) c);
            }
            for (Owns o : customers.get(c).owns) {
                owns.add(o);
                ownsCustomers.add((long) c);
            }
        }
        this.customerOfEvent = eventCustomers.stream().mapToLong(Long::longValue).toArray();
        this.customerOfOwns = ownsCustomers.stream().mapToLong(Long::longValue).toArray();
        this.edges = coPurchases.edges();
        demand.figures().forEach(f -> figures.put(f.sku(), f));
        this.demand = demand;
        this.derivedAt = DateTimeValue.datetime(derivedAt);
        this.changedAt = DateTimeValue.datetime(changedAt);
    }

    long nodes() {
        return firstMigration + migrations.size();
    }

    long relationships() {
        return 2L * events.size() + owns.size() + edges.size();
    }

    Input input() {
        long nodeProperties = customers.size() * 3L + skus.size() * 8L + events.size() * 7L;
        long relationshipProperties = owns.size() * 6L + edges.size() * 4L;
        return Input.input(iterable(nodes(), this::node), iterable(relationships(), this::relationship), IdType.ACTUAL,
                Input.knownEstimates(nodes(), relationships(), nodeProperties, relationshipProperties,
                        nodeProperties * 16, relationshipProperties * 12, 4), groups, false);
    }

    private void node(long id, InputEntityVisitor v) {
        v.id(id);
        if (id < firstProduct) {
            Customer c = customers.get((int) id);
            v.labels(new String[] {"Customer"});
            v.property("id", c.id, false);
            v.property("name", c.name, false);
            v.property("joinedAt", datetime(c.joinedAt), false);
        } else if (id < weeksNode) {
            String sku = skus.get((int) (id - firstProduct));
            v.labels(new String[] {"Product"});
            v.property("sku", sku, false);
            v.property("name", productNames.get((int) (id - firstProduct)), false);
            ProductDemand.Figures f = figures.get(sku);
            if (f != null) {
                // what ProductDemand SETs; a null is no property
                v.property("popularity", f.popularity(), false);
                v.property("recentPopularity", f.recentPopularity(), false);
                if (f.repeatDays() != null) {
                    v.property("repeatDays", f.repeatDays().longValue(), false);
                }
                if (f.weeks() != null) {
                    v.property("basketsFromWeek", f.weeks().fromWeek(), false);
                    v.property("weeklyBaskets", f.weeks().counts().clone(), false);
                }
                v.property("demandDerivedAt", derivedAt, false);
            }
        } else if (id < firstEvent) {
            v.labels(new String[] {"BasketWeeks"});
            v.property("id", "all", false);
            v.property("fromWeek", demand.shopWeeks().fromWeek(), false);
            v.property("counts", demand.shopWeeks().counts().clone(), false);
            v.property("derivedAt", derivedAt, false);
            // what the orders taught of the shop (as ProductDemand and CoPurchases SET them); a null is no property
            if (demand.habits().priorOrders() != null) {
                v.property("repeatPriorOrders", demand.habits().priorOrders(), false);
            }
            if (demand.habits().dueShare() != null) {
                v.property("repeatDueShare", demand.habits().dueShare(), false);
            }
            if (carryover != null) {
                v.property("boughtWithCarryover", carryover, false);
            }
        } else if (id >= firstMigration) {
            v.labels(new String[] {"Migration"});
            v.property("name", migrations.get((int) (id - firstMigration)), false);
            v.property("appliedAt", changedAt, false);
        } else {
            Purchase p = events.get((int) (id - firstEvent));
            v.labels(new String[] {"Event"});
            v.property("id", p.id(), false);
            v.property("type", "PURCHASE", false);
            v.property("at", datetime(p.at), false);
            v.property("sku", p.sku, false);
            v.property("orderId", p.orderId, false);
            v.property("quantity", p.quantity, false);
            v.property("changedAt", changedAt, false);
        }
    }

    private void relationship(long index, InputEntityVisitor v) {
        long events = this.events.size();
        if (index < events) {
            v.startId(customerOfEvent[(int) index]);
            v.endId(firstEvent + index);
            v.type("DID");
        } else if (index < 2 * events) {
            int event = (int) (index - events);
            v.startId(firstEvent + event);
            v.endId(productIds.get(this.events.get(event).sku));
            v.type("ABOUT");
        } else if (index < 2 * events + owns.size()) {
            int i = (int) (index - 2 * events);
            Owns o = owns.get(i);
            v.startId(customerOfOwns[i]);
            v.endId(productIds.get(o.sku));
            v.type("OWNS");
            v.property("at", datetime(o.latest.at), false);
            v.property("orderId", o.latest.orderId, false);
            v.property("firstAt", datetime(o.firstAt), false);
            v.property("orders", o.orders, false);
            v.property("quantity", o.quantity, false);
            v.property("returned", false, false);
        } else {
            CoPurchases.Edge e = edges.get((int) (index - 2 * events - owns.size()));
            v.startId(productIds.get(e.from()));
            v.endId(productIds.get(e.to()));
            v.type("BOUGHT_WITH");
            v.property("support", e.support(), false);
            v.property("lift", e.lift(), false);
            v.property("confidence", e.confidence(), false);
            v.property("derivedAt", derivedAt, false);
        }
    }

    private static DateTimeValue datetime(ZonedDateTime at) {
        return DateTimeValue.datetime(at);
    }

    interface Entity {
        void visit(long index, InputEntityVisitor visitor);
    }

    /** Entities 0 .. count-1, handed out in chunks of {@value #CHUNK} to whichever importer thread asks next. */
    private static InputIterable iterable(long count, Entity entity) {
        return () -> new InputIterator() {
            private final AtomicLong next = new AtomicLong();

            @Override
            public InputChunk newChunk() {
                return new Chunk(entity);
            }

            @Override
            public boolean next(InputChunk chunk) {
                long from = next.getAndAdd(CHUNK);
                if (from >= count) {
                    return false;
                }
                ((Chunk) chunk).range(from, Math.min(count, from + CHUNK));
                return true;
            }

            @Override
            public void close() {
            }
        };
    }

    private static final class Chunk implements InputChunk {
        private final Entity entity;
        private long next;
        private long end;

        Chunk(Entity entity) {
            this.entity = entity;
        }

        void range(long from, long to) {
            next = from;
            end = to;
        }

        @Override
        public boolean next(InputEntityVisitor visitor) throws java.io.IOException {
            if (next >= end) {
                return false;
            }
            entity.visit(next++, visitor);
            visitor.endOfEntity();
            return true;
        }

        @Override
        public void close() {
        }
    }
}
