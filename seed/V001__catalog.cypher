// Demo catalog: a wardrobe, running gear on an upgrade path, the Luma smart-lighting family,
// a skincare routine, a home office, kids' sizes and gifts. Hand-made so every strategy shows.
// Prices in EUR; margin is a fraction of price; cycleDays marks a consumable's replenishment cycle.

UNWIND [
  {id: 'apparel', name: 'Apparel'},
  {id: 'tailoring', name: 'Tailoring', parent: 'apparel'},
  {id: 'shirts', name: 'Shirts', parent: 'apparel'},
  {id: 'shoes', name: 'Shoes', parent: 'apparel'},
  {id: 'accessories', name: 'Accessories', parent: 'apparel'},
  {id: 'casual', name: 'Casual wear', parent: 'apparel'},
  {id: 'running', name: 'Running'},
  {id: 'running-shoes', name: 'Running shoes', parent: 'running'},
  {id: 'running-wearables', name: 'Running watches', parent: 'running'},
  {id: 'running-accessories', name: 'Running accessories', parent: 'running'},
  {id: 'running-apparel', name: 'Running apparel', parent: 'running'},
  {id: 'sports-nutrition', name: 'Sports nutrition', parent: 'running'},
  {id: 'lighting', name: 'Smart lighting'},
  {id: 'bulbs', name: 'Bulbs', parent: 'lighting'},
  {id: 'hubs', name: 'Hubs and bridges', parent: 'lighting'},
  {id: 'strips', name: 'Light strips', parent: 'lighting'},
  {id: 'outdoor-lighting', name: 'Outdoor lighting', parent: 'lighting'},
  {id: 'lighting-controls', name: 'Switches and sensors', parent: 'lighting'},
  {id: 'skincare', name: 'Skincare'},
  {id: 'office', name: 'Home office'},
  {id: 'office-furniture', name: 'Office furniture', parent: 'office'},
  {id: 'office-accessories', name: 'Desk accessories', parent: 'office'},
  {id: 'kids', name: 'Kids'},
  {id: 'gifts', name: 'Gifts'}
] AS row
MERGE (c:Category {id: row.id})
SET c.name = row.name
WITH c, row WHERE row.parent IS NOT NULL
MATCH (parent:Category {id: row.parent})
MERGE (c)-[:PARENT]->(parent);

UNWIND [
  {id: 'luma', name: 'Luma smart lighting'},
  {id: 'pace', name: 'Pace running'},
  {id: 'glow', name: 'Glow skincare'}
] AS row
MERGE (f:Family {id: row.id})
SET f.name = row.name;

UNWIND [
  // wardrobe: the office look around a navy blazer, a weekend look, a premium alternative
  {sku: 'W-BLZ-NAVY', name: 'Navy wool blazer', price: 189.0, margin: 0.55, stock: 40, category: 'tailoring'},
  {sku: 'W-TRS-GREY', name: 'Grey tailored trousers', price: 89.0, margin: 0.52, stock: 60, category: 'tailoring'},
  {sku: 'W-SHT-WHITE', name: 'White oxford shirt', price: 49.0, margin: 0.60, stock: 120, category: 'shirts'},
  {sku: 'W-SHO-OXF', name: 'Brown leather oxfords', price: 139.0, margin: 0.45, stock: 25, category: 'shoes'},
  {sku: 'W-TIE-SILK', name: 'Silk knit tie', price: 35.0, margin: 0.70, stock: 80, category: 'accessories'},
  {sku: 'W-BLT-LEATHER', name: 'Leather belt', price: 39.0, margin: 0.65, stock: 0, category: 'accessories'},
  {sku: 'W-BLZ-CASH', name: 'Cashmere blazer', price: 449.0, margin: 0.50, stock: 8, category: 'tailoring', premium: true},
  {sku: 'W-JKT-CHORE', name: 'Canvas chore jacket', price: 119.0, margin: 0.50, stock: 30, category: 'casual'},
  {sku: 'W-JNS-SELV', name: 'Selvedge jeans', price: 99.0, margin: 0.48, stock: 45, category: 'casual'},
  {sku: 'W-TEE-PIMA', name: 'Pima cotton tee', price: 29.0, margin: 0.62, stock: 200, category: 'casual'},
  {sku: 'W-SNK-WHITE', name: 'White leather sneakers', price: 89.0, margin: 0.45, stock: 35, category: 'shoes'},
  {sku: 'W-COAT-WOOL', name: 'Wool overcoat', price: 259.0, margin: 0.50, stock: 20, category: 'tailoring', season: 'WINTER'},
  // running: beginner -> intermediate -> advanced, with wearables, consumables and seasonal apparel
  {sku: 'R-SHOE-START', name: 'Pace Starter running shoe', price: 79.0, margin: 0.40, stock: 90, category: 'running-shoes', family: 'pace', level: 'ENTRY'},
  {sku: 'R-SHOE-TEMPO', name: 'Pace Tempo running shoe', price: 129.0, margin: 0.42, stock: 60, category: 'running-shoes', family: 'pace', level: 'INTERMEDIATE'},
  {sku: 'R-SHOE-CARBON', name: 'Pace Carbon racing shoe', price: 229.0, margin: 0.45, stock: 15, category: 'running-shoes', family: 'pace', level: 'ADVANCED', premium: true},
  {sku: 'R-WATCH-BASIC', name: 'Pace GPS watch', price: 149.0, margin: 0.30, stock: 40, category: 'running-wearables', family: 'pace', level: 'ENTRY'},
  {sku: 'R-WATCH-PRO', name: 'Pace Pro multisport watch', price: 399.0, margin: 0.32, stock: 12, category: 'running-wearables', family: 'pace', level: 'ADVANCED', premium: true},
  {sku: 'R-SOCK-PACK', name: 'Running socks, 3-pack', price: 19.0, margin: 0.65, stock: 300, category: 'running-accessories', consumable: true, cycleDays: 90},
  {sku: 'R-GEL-BOX', name: 'Energy gels, box of 12', price: 24.0, margin: 0.50, stock: 150, category: 'sports-nutrition', consumable: true, cycleDays: 30},
  {sku: 'R-BELT-HYD', name: 'Hydration belt', price: 35.0, margin: 0.55, stock: 70, category: 'running-accessories'},
  {sku: 'R-JKT-WIND', name: 'Packable windbreaker', price: 89.0, margin: 0.50, stock: 50, category: 'running-apparel', season: 'AUTUMN'},
  {sku: 'R-TIGHTS-THERMAL', name: 'Thermal running tights', price: 59.0, margin: 0.55, stock: 65, category: 'running-apparel', season: 'WINTER'},
  {sku: 'R-HRM-STRAP', name: 'Heart-rate chest strap', price: 69.0, margin: 0.45, stock: 40, category: 'running-wearables', family: 'pace'},
  // smart lighting: the Luma family adds function member by member
  {sku: 'L-STARTER', name: 'Luma starter kit (3 bulbs + bridge)', price: 129.0, margin: 0.35, stock: 80, category: 'bulbs', family: 'luma', level: 'ENTRY'},
  {sku: 'L-BRIDGE', name: 'Luma bridge', price: 59.0, margin: 0.40, stock: 100, category: 'hubs', family: 'luma'},
  {sku: 'L-BULB-COLOR', name: 'Luma colour bulb', price: 49.0, margin: 0.45, stock: 250, category: 'bulbs', family: 'luma'},
  {sku: 'L-STRIP', name: 'Luma light strip 2 m', price: 79.0, margin: 0.45, stock: 90, category: 'strips', family: 'luma'},
  {sku: 'L-OUTDOOR', name: 'Luma outdoor spotlight', price: 129.0, margin: 0.42, stock: 30, category: 'outdoor-lighting', family: 'luma'},
  {sku: 'L-DIMMER', name: 'Luma dimmer switch', price: 29.0, margin: 0.55, stock: 140, category: 'lighting-controls', family: 'luma'},
  {sku: 'L-MOTION', name: 'Luma motion sensor', price: 39.0, margin: 0.55, stock: 110, category: 'lighting-controls', family: 'luma'},
  {sku: 'L-GRADIENT', name: 'Luma gradient strip', price: 149.0, margin: 0.45, stock: 40, category: 'strips', family: 'luma', premium: true, launchedAt: datetime('2026-11-10T08:00:00Z')},
  {sku: 'H-LAMP', name: 'Luma desk lamp', price: 99.0, margin: 0.45, stock: 45, category: 'office-accessories', family: 'luma'},
  // skincare: a daily routine of consumables, a premium serum reserved for Gold members, a gift set
  {sku: 'K-CLEANSER', name: 'Glow gentle cleanser', price: 18.0, margin: 0.70, stock: 220, category: 'skincare', family: 'glow', consumable: true, cycleDays: 60},
  {sku: 'K-TONER', name: 'Glow hydrating toner', price: 22.0, margin: 0.70, stock: 180, category: 'skincare', family: 'glow', consumable: true, cycleDays: 60},
  {sku: 'K-SERUM', name: 'Glow vitamin C serum', price: 39.0, margin: 0.68, stock: 150, category: 'skincare', family: 'glow', consumable: true, cycleDays: 45},
  {sku: 'K-MOIST', name: 'Glow daily moisturiser', price: 29.0, margin: 0.70, stock: 160, category: 'skincare', family: 'glow', consumable: true, cycleDays: 60},
  {sku: 'K-SPF', name: 'Glow mineral SPF 50', price: 25.0, margin: 0.66, stock: 140, category: 'skincare', family: 'glow', consumable: true, cycleDays: 60, season: 'SUMMER'},
  {sku: 'K-SERUM-LUX', name: 'Glow retinol night serum', price: 89.0, margin: 0.72, stock: 30, category: 'skincare', family: 'glow', premium: true, minTier: 'GOLD'},
  {sku: 'K-GIFT-SET', name: 'Glow discovery gift set', price: 59.0, margin: 0.60, stock: 70, category: 'gifts', family: 'glow', giftable: true},
  // home office
  {sku: 'H-DESK', name: 'Standing desk', price: 399.0, margin: 0.35, stock: 20, category: 'office-furniture'},
  {sku: 'H-CHAIR', name: 'Ergonomic office chair', price: 299.0, margin: 0.38, stock: 25, category: 'office-furniture', level: 'ENTRY'},
  {sku: 'H-CHAIR-PRO', name: 'Ergonomic chair Pro', price: 799.0, margin: 0.40, stock: 6, category: 'office-furniture', level: 'ADVANCED', premium: true},
  {sku: 'H-MON-ARM', name: 'Monitor arm', price: 89.0, margin: 0.50, stock: 55, category: 'office-accessories'},
  {sku: 'H-MAT', name: 'Felt desk mat', price: 25.0, margin: 0.08, stock: 90, category: 'office-accessories'},
  // kids: sizes a child grows into
  {sku: 'C-SHOE-28', name: 'Kids trainers, size 28', price: 45.0, margin: 0.45, stock: 40, category: 'kids', ageFrom: 4, ageTo: 5},
  {sku: 'C-SHOE-31', name: 'Kids trainers, size 31', price: 49.0, margin: 0.45, stock: 40, category: 'kids', ageFrom: 6, ageTo: 7},
  {sku: 'C-BIKE-16', name: 'Kids bike 16 inch', price: 179.0, margin: 0.35, stock: 15, category: 'kids', ageFrom: 4, ageTo: 6},
  {sku: 'C-BIKE-20', name: 'Kids bike 20 inch', price: 229.0, margin: 0.35, stock: 12, category: 'kids', ageFrom: 7, ageTo: 9},
  {sku: 'G-CARD-50', name: 'Gift card 50 EUR', price: 50.0, margin: 0.20, stock: 9999, category: 'gifts', giftable: true}
] AS row
MERGE (p:Product {sku: row.sku})
SET p.name = row.name,
    p.price = row.price,
    p.margin = row.margin,
    p.stock = row.stock,
    p.level = row.level,
    p.premium = coalesce(row.premium, false),
    p.consumable = coalesce(row.consumable, false),
    p.cycleDays = row.cycleDays,
    p.season = row.season,
    p.minTier = row.minTier,
    p.giftable = coalesce(row.giftable, false),
    p.ageFrom = row.ageFrom,
    p.ageTo = row.ageTo,
    p.launchedAt = coalesce(row.launchedAt, datetime('2025-01-01T00:00:00Z'))
WITH p, row
MATCH (c:Category {id: row.category})
MERGE (p)-[:IN_CATEGORY]->(c)
WITH p, row WHERE row.family IS NOT NULL
MATCH (f:Family {id: row.family})
MERGE (p)-[:PART_OF]->(f);

// Solutions: what "complete" means. Roles are shown to customers ("the trousers of your office look").
UNWIND [
  {id: 'office-look', name: 'Office look', needs: [
    {sku: 'W-BLZ-NAVY', role: 'blazer'}, {sku: 'W-TRS-GREY', role: 'trousers'}, {sku: 'W-SHT-WHITE', role: 'shirt'},
    {sku: 'W-SHO-OXF', role: 'shoes'}, {sku: 'W-TIE-SILK', role: 'tie', optional: true}, {sku: 'W-BLT-LEATHER', role: 'belt', optional: true}]},
  {id: 'weekend-look', name: 'Weekend look', needs: [
    {sku: 'W-JKT-CHORE', role: 'jacket'}, {sku: 'W-JNS-SELV', role: 'jeans'}, {sku: 'W-TEE-PIMA', role: 'tee'}, {sku: 'W-SNK-WHITE', role: 'sneakers'}]},
  {id: 'beginner-running-kit', name: 'Beginner running kit', needs: [
    {sku: 'R-SHOE-START', role: 'shoes'}, {sku: 'R-SOCK-PACK', role: 'socks'}, {sku: 'R-WATCH-BASIC', role: 'watch'}, {sku: 'R-BELT-HYD', role: 'hydration', optional: true}]},
  {id: 'skincare-routine', name: 'Daily skincare routine', needs: [
    {sku: 'K-CLEANSER', role: 'cleanse'}, {sku: 'K-TONER', role: 'tone', optional: true}, {sku: 'K-SERUM', role: 'treat'},
    {sku: 'K-MOIST', role: 'moisturise'}, {sku: 'K-SPF', role: 'protect'}]},
  {id: 'home-office', name: 'Home office setup', needs: [
    {sku: 'H-DESK', role: 'desk'}, {sku: 'H-CHAIR', role: 'chair'}, {sku: 'H-MON-ARM', role: 'monitor arm'},
    {sku: 'H-LAMP', role: 'lamp'}, {sku: 'H-MAT', role: 'desk mat', optional: true}]}
] AS row
MERGE (s:Solution {id: row.id})
SET s.name = row.name
WITH s, row
UNWIND row.needs AS need
MATCH (p:Product {sku: need.sku})
MERGE (s)-[n:NEEDS]->(p)
SET n.role = need.role, n.optional = coalesce(need.optional, false);

// Upgrade paths (evolution) and premium alternatives (upsell).
UNWIND [
  ['R-SHOE-START', 'R-SHOE-TEMPO'], ['R-SHOE-TEMPO', 'R-SHOE-CARBON'], ['R-WATCH-BASIC', 'R-WATCH-PRO'],
  ['H-CHAIR', 'H-CHAIR-PRO'], ['W-BLZ-NAVY', 'W-BLZ-CASH'], ['K-SERUM', 'K-SERUM-LUX'],
  ['L-STRIP', 'L-GRADIENT'], ['C-SHOE-28', 'C-SHOE-31'], ['C-BIKE-16', 'C-BIKE-20']
] AS pair
MATCH (from:Product {sku: pair[0]}), (to:Product {sku: pair[1]})
MERGE (from)-[:UPGRADES_TO]->(to);

// Explicit pairings a merchandiser made; strength 0..1.
UNWIND [
  ['R-SHOE-START', 'R-SOCK-PACK', 0.9], ['R-SHOE-TEMPO', 'R-GEL-BOX', 0.6], ['R-WATCH-BASIC', 'R-HRM-STRAP', 0.8],
  ['W-SHO-OXF', 'W-BLT-LEATHER', 0.7], ['W-COAT-WOOL', 'W-TIE-SILK', 0.3], ['L-STRIP', 'L-DIMMER', 0.7],
  ['L-OUTDOOR', 'L-MOTION', 0.9], ['H-DESK', 'H-MON-ARM', 0.8], ['K-SERUM', 'K-SPF', 0.8],
  ['C-BIKE-16', 'R-BELT-HYD', 0.2]
] AS pair
MATCH (a:Product {sku: pair[0]}), (b:Product {sku: pair[1]})
MERGE (a)-[c:COMPLEMENTS]->(b)
SET c.strength = pair[2];
