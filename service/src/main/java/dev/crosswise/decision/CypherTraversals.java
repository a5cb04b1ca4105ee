package dev.crosswise.decision;

import dev.crosswise.graph.Graph;

/**
 * The candidate traversals of {@code graph-model/README.md} written in Cypher, in one statement with the customer's
 * context, as a merchandiser would run them in Neo4j Browser (same parameters as {@link
 * CustomerContextReader#parameters}). It is the reference: the service walks the same traversals over the product
 * graph in memory ({@link Traversals}), {@code TraversalsMatchCypherTest} holds both to the same candidates, and the
 * benchmark's floor is this statement, the bare graph read of everything a decision looks at.
 */
public final class CypherTraversals {

    /** The customer's context and every strategy's candidates, each with its anchor and what it went through. */
    public static final String CONTEXT_QUERY = Graph.compact("MATCH (c:Customer {id: $customerId})\n"
            + CustomerContextReader.CUSTOMER_CALLS + """
            WITH c, owned, signals, eventCart, exposures, responses,
                 [item IN eventCart | item.sku]
                   + [sku IN $cartSkus WHERE NOT sku IN [item IN eventCart | item.sku]] AS cartSkus
            // completion-gaps: a solution the customer owns part of, and its other parts
            CALL (c) {
              OPTIONAL MATCH (c)-[o:OWNS]->(part:Product)<-[:NEEDS]-(s:Solution)
              WHERE o.at <= $at AND NOT coalesce(o.returned, false) AND NOT coalesce(o.gift, false)
              WITH s, part ORDER BY o.at DESC
              WITH s, collect(part) AS ownedParts
              WHERE s IS NOT NULL
              // counted once per solution, not once per missing part
              WITH s, ownedParts, COUNT { (s)-[:NEEDS]->(:Product) } AS parts
              MATCH (s)-[n:NEEDS]->(missing:Product)
              WHERE missing <> ownedParts[0]
              RETURN collect({strategy: 'COMPLETION', traversal: 'completion-gaps', sku: missing.sku,
                       anchorSku: ownedParts[0].sku, via: s.name, viaId: s.id, role: n.role,
                       relevance: toFloat(size(ownedParts)) / parts * CASE WHEN n.optional THEN 0.6 ELSE 1.0 END})
                     AS completion
            }
            // ecosystem-gaps: a family the customer adopted, and its other members; a member in a category the
            // customer has no member of yet adds a new function and counts double. The next level of something
            // owned is not a gap but a step up: it is left to upgrade-path, whose readiness rules time it.
            CALL (c) {
              // the next levels of everything owned, once, from the customer's side: a best seller has thousands
              // of owners, so asking each family member "does this customer own your predecessor" is dear
              WITH c, COLLECT { MATCH (c)-[up:OWNS]->(:Product)-[:UPGRADES_TO]->(next:Product) WHERE up.at <= $at
                                RETURN DISTINCT next } AS nextLevels
              OPTIONAL MATCH (c)-[o:OWNS]->(member:Product)-[:PART_OF]->(f:Family)
              WHERE o.at <= $at AND NOT coalesce(o.returned, false) AND NOT coalesce(o.gift, false)
              WITH nextLevels, f, member ORDER BY o.at DESC
              WITH nextLevels, f, collect(member) AS adopted
              WHERE f IS NOT NULL
              // family size and the categories already covered, once per family rather than once per member
              WITH nextLevels, f, adopted, COUNT { (f)<-[:PART_OF]-(:Product) } AS members,
                   COLLECT { UNWIND adopted AS a MATCH (a)-[:IN_CATEGORY]->(covered:Category) RETURN DISTINCT covered } AS coveredCategories
              MATCH (f)<-[:PART_OF]-(other:Product)
              WHERE other <> adopted[0]
                AND (coalesce(other.premium, false) OR NOT other IN nextLevels)
              WITH f, adopted, members, other,
                   EXISTS { (other)-[:IN_CATEGORY]->(category:Category) WHERE category IN coveredCategories } AS sameFunction
              WITH f, adopted, other,
                   (0.5 + 0.5 * size(adopted) / members) * CASE WHEN sameFunction THEN 0.5 ELSE 1.0 END AS relevance
              ORDER BY relevance DESC, other.sku
              LIMIT $maxPerStrategy
              RETURN collect({strategy: 'ECOSYSTEM', traversal: 'ecosystem-gaps', sku: other.sku,
                       anchorSku: adopted[0].sku, via: f.name, viaId: f.id, relevance: relevance}) AS ecosystem
            }
            // upgrade-path: the next, non-premium level of an owned product; the more it is used, the more
            // relevant. Whether the customer is ready is for the rules (usage, tenure, a child's age).
            CALL (c) {
              MATCH (c)-[o:OWNS]->(owned:Product)-[:UPGRADES_TO]->(next:Product)
              WHERE o.at <= $at AND NOT coalesce(o.returned, false) AND NOT coalesce(o.gift, false)
                AND NOT coalesce(next.premium, false)
              WITH owned, next, o,
                   CASE WHEN o.usagePercent IS NULL THEN 0.0 WHEN o.usagePercent > 100 THEN 1.0
                        ELSE toFloat(o.usagePercent) / 100 END AS used
              RETURN collect({strategy: 'EVOLUTION', traversal: 'upgrade-path', sku: next.sku,
                       anchorSku: owned.sku, via: next.level, usagePercent: o.usagePercent,
                       relevance: 0.4 + 0.6 * used}) AS evolution
            }
            // premium-alternative: the premium product one UPGRADES_TO step above what the customer is looking
            // at, has in the cart, or viewed recently; the strongest interest per premium product
            CALL (c, signals, cartSkus) {
              UNWIND [interest IN [{sku: $productSku, source: 'VIEWING', weight: 0.8}] WHERE interest.sku IS NOT NULL]
                     + [sku IN cartSkus | {sku: sku, source: 'CART', weight: 0.7}]
                     + [s IN signals WHERE s.type = 'VIEW' AND s.sku IS NOT NULL AND s.at > $interestSince
                          | {sku: s.sku, source: 'VIEWED', weight: 0.5}] AS interest
              MATCH (anchor:Product {sku: interest.sku})-[:UPGRADES_TO]->(premium:Product)
              WHERE premium.premium
              WITH premium, anchor, interest ORDER BY interest.weight DESC
              WITH premium, collect({anchor: anchor, interest: interest})[0] AS best
              RETURN collect({strategy: 'UPSELL', traversal: 'premium-alternative', sku: premium.sku,
                       anchorSku: best.anchor.sku, via: best.interest.source, relevance: best.interest.weight}) AS upsell
            }
            // complements / bought-together: a merchandiser's pairing or a co-purchase edge (lift above 1) from the
            // product looked at, something in the cart or owned; the strongest connection per product. A co-purchase
            // is as strong as its association: confidence shrunk toward the partner's share of all baskets
            CALL (c, owned, cartSkus) {
              UNWIND [sku IN CASE WHEN $productSku IS NULL THEN [] ELSE [$productSku] END
                        | {sku: sku, source: 'VIEWING', at: $at, rank: 0}]
                     + [sku IN cartSkus | {sku: sku, source: 'CART', at: $at, rank: 1}]
                     + [o IN owned WHERE NOT coalesce(o.returned, false) AND NOT coalesce(o.gift, false)
                        | {sku: o.sku, source: 'OWNED', at: o.at, rank: 2}] AS a
              MATCH (anchor:Product {sku: a.sku})
              CALL (anchor) {
                MATCH (anchor)-[r:COMPLEMENTS]->(other:Product)
                RETURN other, 'complements' AS traversal, toFloat(coalesce(r.strength, 0.5)) AS relevance,
                       r.strength AS strength, null AS lift, null AS support, null AS confidence
                UNION ALL
                MATCH (anchor)-[r:BOUGHT_WITH]->(other:Product)
                WHERE r.lift > 1
                RETURN other, 'bought-together' AS traversal,
                       CASE WHEN r.confidence IS NULL OR r.support IS NULL OR r.confidence <= 0 THEN 1.0 - 1.0 / r.lift
                            ELSE (r.support + $priorBaskets * r.confidence / r.lift) / (r.support / r.confidence + $priorBaskets) END
                         AS relevance,
                       null AS strength, r.lift AS lift, r.support AS support, r.confidence AS confidence
              }
              WITH other, anchor, a, traversal, relevance, strength, lift, support, confidence
              ORDER BY relevance DESC, a.at DESC, a.rank
              WITH other, collect({anchor: anchor, a: a, traversal: traversal, relevance: relevance,
                                   strength: strength, lift: lift, support: support, confidence: confidence})[0] AS best
              // a popular product is bought with hundreds of others: only the strongest few become candidates
              ORDER BY best.relevance DESC, other.sku
              LIMIT $maxPerStrategy
              RETURN collect({strategy: 'COMPLEMENT', traversal: best.traversal, sku: other.sku,
                       anchorSku: best.anchor.sku, via: best.a.source, relevance: best.relevance,
                       strength: best.strength, lift: best.lift, support: best.support, confidence: best.confidence})
                     AS complement
            }
            // replenishment-cycle / gift-again: an owned consumable with a known cycle, or a giftable product the
            // customer gave as a gift; the rules decide when it is due
            CALL (c) {
              MATCH (c)-[o:OWNS]->(p:Product)
              WHERE o.at <= $at AND NOT coalesce(o.returned, false)
              WITH o, p, coalesce(o.gift, false) AS gift
              WHERE (NOT gift AND coalesce(p.consumable, false) AND p.cycleDays IS NOT NULL)
                 OR (gift AND coalesce(p.giftable, false))
              RETURN collect({strategy: 'REPLENISHMENT',
                       traversal: CASE WHEN gift THEN 'gift-again' ELSE 'replenishment-cycle' END,
                       sku: p.sku, anchorSku: p.sku, boughtAt: o.at,
                       relevance: CASE WHEN gift THEN 0.5 ELSE 0.9 END}) AS replenishment
            }
            RETURN c {.*} AS customer, owned, signals, eventCart, exposures, responses,
                   completion + ecosystem + evolution + upsell + complement + replenishment AS candidates
            """);

    private CypherTraversals() {
    }
}
