package dev.crosswise.catalog;

import java.util.HashSet;
import java.util.Set;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.event.LabelEntry;
import org.neo4j.graphdb.event.PropertyEntry;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListener;

/**
 * The embedded database's report of committed changes to products, whoever made them (this service, Neo4j Browser,
 * cypher-shell): the products changed are evicted from the {@link CatalogCache} right after the commit. A change to
 * the taxonomy, a deleted product or a product taken out of a category or family evicts the whole cache: they are
 * rare, and a product's category and family are part of what is cached. A change to the edges the traversals walk
 * ({@code NEEDS}, {@code PART_OF}, {@code UPGRADES_TO}, {@code COMPLEMENTS}, {@code BOUGHT_WITH}, {@code IN_CATEGORY}),
 * to a solution or family, or to a product's sku makes the next decision read the {@link ProductGraph} again.
 */
final class ProductChangeFeed implements TransactionEventListener<ProductChangeFeed.Changes> {

    /** The product properties the product graph holds (derived from orders), besides its edges. */
    private static final Set<String> DEMAND = Set.of("popularity", "recentPopularity", "repeatDays", "basketsFromWeek",
            "weeklyBaskets");
    private static final Label PRODUCT = Label.label("Product");
    private static final Label CATEGORY = Label.label("Category");
    private static final Label FAMILY = Label.label("Family");
    private static final Label SOLUTION = Label.label("Solution");
    /** The shop's baskets per week, beside the products' (best sellers as of a decision's time). */
    private static final Label BASKET_WEEKS = Label.label("BasketWeeks");
    private static final RelationshipType IN_CATEGORY = RelationshipType.withName("IN_CATEGORY");
    private static final RelationshipType PART_OF = RelationshipType.withName("PART_OF");
    /** The edges the candidate traversals walk besides the taxonomy ({@link ProductGraph}). */
    private static final Set<String> PRODUCT_GRAPH_EDGES = Set.of("NEEDS", "UPGRADES_TO", "COMPLEMENTS", "BOUGHT_WITH");

    /**
     * What one transaction changed in the catalog: some products, whether the product graph, or (when {@code all})
     * too much to say.
     */
    record Changes(boolean all, Set<String> skus, boolean productGraph) {
        static final Changes ALL = new Changes(true, Set.of(), true);
    }

    private final CatalogCache cache;

    ProductChangeFeed(CatalogCache cache) {
        this.cache = cache;
    }

    /**
     * Runs inside the committing transaction, where the changed nodes can still be read. It never fails a
     * transaction: a change it cannot read evicts the whole cache instead.
     */
    @Override
    public Changes beforeCommit(TransactionData data, Transaction transaction, GraphDatabaseService database) {
        try {
            return changes(data);
        } catch (RuntimeException unreadable) {
            return Changes.ALL;
        }
    }

    private static Changes changes(TransactionData data) {
        for (LabelEntry removed : data.removedLabels()) {
            if (isCatalog(removed.label())) {
                return Changes.ALL;
            }
        }
        boolean productGraph = false;
        for (Relationship deleted : data.deletedRelationships()) {
            if (isTaxonomy(deleted)) {
                return Changes.ALL;
            }
            productGraph |= isProductGraph(deleted);
        }
        Set<String> skus = new HashSet<>();
        for (Relationship created : data.createdRelationships()) {
            if (isTaxonomy(created)) {
                addSku(created.getStartNode(), skus);
            }
            productGraph |= isProductGraph(created);
        }
        for (PropertyEntry<Relationship> assigned : data.assignedRelationshipProperties()) {
            productGraph |= isProductGraph(assigned.entity());
        }
        for (PropertyEntry<Relationship> removed : data.removedRelationshipProperties()) {
            productGraph |= isProductGraph(removed.entity());
        }
        for (LabelEntry assigned : data.assignedLabels()) {
            productGraph |= assigned.label().equals(SOLUTION) || assigned.label().equals(FAMILY)
                    || assigned.label().equals(BASKET_WEEKS);
        }
        for (PropertyEntry<Node> assigned : data.assignedNodeProperties()) {
            if (changesCatalog(data, assigned, skus)) {
                return Changes.ALL;
            }
            productGraph |= changesProductGraph(data, assigned);
        }
        for (PropertyEntry<Node> removed : data.removedNodeProperties()) {
            if (changesCatalog(data, removed, skus)) {
                return Changes.ALL;
            }
            productGraph |= changesProductGraph(data, removed);
        }
        return skus.isEmpty() && !productGraph ? null : new Changes(false, skus, productGraph);
    }

    /** A changed sku (edges are held by sku), what orders say of a product, or a solution's or family's id or name. */
    private static boolean changesProductGraph(TransactionData data, PropertyEntry<Node> change) {
        Node node = change.entity();
        if (data.isDeleted(node)) {
            return false;
        }
        if (node.hasLabel(PRODUCT)) {
            return ("sku".equals(change.key()) && change.previouslyCommittedValue() != null)
                    || DEMAND.contains(change.key());
        }
        return node.hasLabel(SOLUTION) || node.hasLabel(FAMILY) || node.hasLabel(BASKET_WEEKS);
    }

    private static boolean isProductGraph(Relationship relationship) {
        return PRODUCT_GRAPH_EDGES.contains(relationship.getType().name()) || isTaxonomy(relationship);
    }

    /**
     * Adds the sku of a changed product to {@code skus} (a changed sku: the old one too); true when the change is one
     * that evicts everything.
     */
    private static boolean changesCatalog(TransactionData data, PropertyEntry<Node> change, Set<String> skus) {
        Node node = change.entity();
        if (data.isDeleted(node)) {
            return false; // its labels are in removedLabels, seen first
        }
        if (node.hasLabel(PRODUCT)) {
            if ("sku".equals(change.key()) && change.previouslyCommittedValue() instanceof String before) {
                skus.add(before);
            }
            addSku(node, skus);
            return false;
        }
        return (node.hasLabel(CATEGORY) || node.hasLabel(FAMILY)) && "id".equals(change.key());
    }

    private static void addSku(Node product, Set<String> skus) {
        if (product.getProperty("sku", null) instanceof String sku) {
            skus.add(sku);
        }
    }

    private static boolean isTaxonomy(Relationship relationship) {
        return relationship.isType(IN_CATEGORY) || relationship.isType(PART_OF);
    }

    private static boolean isCatalog(Label label) {
        return label.equals(PRODUCT) || label.equals(CATEGORY) || label.equals(FAMILY) || label.equals(SOLUTION);
    }

    @Override
    public void afterCommit(TransactionData data, Changes changes, GraphDatabaseService database) {
        if (changes == null) {
            return;
        }
        if (changes.all()) {
            cache.evictAll();
            return;
        }
        if (!changes.skus().isEmpty()) {
            cache.evict(changes.skus());
        }
        if (changes.productGraph()) {
            cache.evictProductGraph();
        }
    }

    @Override
    public void afterRollback(TransactionData data, Changes changes, GraphDatabaseService database) {
        // nothing was changed
    }
}
