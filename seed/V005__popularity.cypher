// What the shop's orders say of its products: share of the last year's baskets (popularity) and of the last four
// weeks' (recentPopularity). Like V003's pairs, they stand for the shop's whole order history, which the demo's 33
// orders do not hold; recomputeCoPurchases derives them from the orders instead (and then the demo's best sellers are
// those of its 33 orders). They feed the POPULAR strategy: best sellers, trending products (Glow SPF and the gift card
// sell well above their year's share lately), and the best sellers of the categories a customer buys from.
UNWIND [
  ['W-TEE-PIMA', 0.080, 0.085], ['R-SOCK-PACK', 0.070, 0.060], ['L-BULB-COLOR', 0.060, 0.070],
  ['K-CLEANSER', 0.050, 0.050], ['W-SHT-WHITE', 0.050, 0.045], ['R-GEL-BOX', 0.040, 0.035],
  ['K-SPF', 0.040, 0.070], ['L-DIMMER', 0.030, 0.030], ['W-JNS-SELV', 0.030, 0.025],
  ['H-MON-ARM', 0.020, 0.020], ['G-CARD-50', 0.020, 0.060], ['K-MOIST', 0.020, 0.020]
] AS row
MATCH (p:Product {sku: row[0]})
SET p.popularity = row[1], p.recentPopularity = row[2];
