// A demo bundle (Mutation.upsertPromotion with bundle: true writes the same shape): products sold together, the
// saving on the whole bundle. Alan owns the Pace GPS watch; the Pace heart-rate kit (the watch and its chest strap,
// 10 % off together: 21.80 EUR on 218.00) offers him the strap at 47.20 EUR instead of 69.00, a 20 % margin after it.
MERGE (p:Promotion {id: 'P-PACE-HR-KIT'})
SET p.name = 'Pace heart-rate kit', p.percentOff = 10.0, p.bundle = true,
    p.validFrom = datetime('2026-11-01T00:00:00Z'), p.validTo = datetime('2026-12-31T23:00:00Z'), p.channels = [],
    p.budgetUnits = 300, p.createdAt = datetime('2026-11-01T00:00:00Z'), p.changedAt = datetime('2026-11-01T00:00:00Z')
WITH p
UNWIND ['R-WATCH-BASIC', 'R-HRM-STRAP'] AS sku
MATCH (x:Product {sku: sku})
MERGE (p)-[:DISCOUNTS]->(x);
