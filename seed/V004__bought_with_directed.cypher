// BOUGHT_WITH is read from the owned (or carted) product outward; recomputeCoPurchases writes an edge from each
// product to its strongest partners, so a pair is usually an edge both ways. V003's pairs get their other direction.
UNWIND [
  ['R-SHOE-TEMPO', 'R-GEL-BOX'], ['R-SHOE-TEMPO', 'R-HRM-STRAP'], ['W-JNS-SELV', 'W-TEE-PIMA'],
  ['W-JNS-SELV', 'W-SNK-WHITE'], ['L-STRIP', 'L-DIMMER'], ['K-SERUM', 'K-SPF']
] AS pair
MATCH (a:Product {sku: pair[0]})-[ab:BOUGHT_WITH]->(b:Product {sku: pair[1]})
MERGE (b)-[ba:BOUGHT_WITH]->(a)
SET ba.support = ab.support, ba.lift = ab.lift;
