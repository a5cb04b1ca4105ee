// A demo gift promotion (Mutation.upsertPromotion with giftSku writes the same shape): a product given free with the
// promotion's products, sold at their price. Overcoat gift gives the silk knit tie (35.00 EUR, a 10.50 EUR cost to
// the shop) with the wool overcoat (259.00 EUR): a 46 % margin left after the gift. It is for Platinum members, on
// the personal shopper's channel only (DIRECT, when a decision asks for it), so Tim's DIRECT decisions show it and
// no other demo decision changes.
MERGE (p:Promotion {id: 'P-OVERCOAT-GIFT'})
SET p.name = 'Overcoat gift', p.minTier = 'PLATINUM', p.channels = ['DIRECT'], p.bundle = false,
    p.validFrom = datetime('2026-11-01T00:00:00Z'), p.validTo = datetime('2026-12-31T23:00:00Z'), p.budgetUnits = 50,
    p.createdAt = datetime('2026-11-01T00:00:00Z'), p.changedAt = datetime('2026-11-01T00:00:00Z')
WITH p
MATCH (coat:Product {sku: 'W-COAT-WOOL'}), (tie:Product {sku: 'W-TIE-SILK'})
MERGE (p)-[:DISCOUNTS]->(coat)
MERGE (p)-[:GIVES]->(tie);
