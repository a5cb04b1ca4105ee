// Demo promotions (Mutation.upsertPromotion writes the same shape): one the rules attach, one the margin floor refuses.
// - Winter accessories week: 20 % off the accessories category (the silk tie that goes with Margaret's blazer, left in
//   her cart), budget 500 offers.
// - Gold welcome: 70 % off the Gold-only Glow night serum for Gold members and up; at 26.70 EUR the serum would keep a
//   7 % margin, below the 10 % floor, so the guardrail refuses it when Barbara reaches Gold.
UNWIND [
  {id: 'P-WINTER-ACCESSORIES', name: 'Winter accessories week', percentOff: 20.0, categories: ['accessories'], skus: [],
   validFrom: datetime('2026-11-01T00:00:00Z'), validTo: datetime('2026-12-31T23:00:00Z'), budgetUnits: 500},
  {id: 'P-GOLD-GLOW', name: 'Gold welcome', percentOff: 70.0, categories: [], skus: ['K-SERUM-LUX'], minTier: 'GOLD',
   validFrom: datetime('2026-11-01T00:00:00Z'), validTo: datetime('2026-12-31T23:00:00Z'), budgetAmount: 5000.0}
] AS row
MERGE (p:Promotion {id: row.id})
SET p.name = row.name, p.percentOff = row.percentOff, p.validFrom = row.validFrom, p.validTo = row.validTo,
    p.minTier = row.minTier, p.budgetUnits = row.budgetUnits, p.budgetAmount = row.budgetAmount, p.channels = [],
    p.createdAt = row.validFrom, p.changedAt = row.validFrom
WITH p, row
CALL (p, row) {
  UNWIND row.skus AS sku
  MATCH (x:Product {sku: sku})
  MERGE (p)-[:DISCOUNTS]->(x)
}
CALL (p, row) {
  UNWIND row.categories AS category
  MATCH (c:Category {id: category})
  MERGE (p)-[:DISCOUNTS]->(c)
};
