// Product cards: what a shop's page needs to draw each demo product — a short description, the product page (a
// path of the demo shop's site) and a picture. The pictures are placeholders the service serves itself, one per
// top-level category (service/src/main/resources/static/images/products/), so cards render offline. Prices are in
// EUR, as V001 says. A value a shop has already given (upsertProduct) is kept.

UNWIND [
  {sku: 'W-BLZ-NAVY', description: 'A single-breasted blazer in navy wool: the centre of an office look.'},
  {sku: 'W-TRS-GREY', description: 'Flat-front trousers in grey wool, cut to go with a blazer.'},
  {sku: 'W-SHT-WHITE', description: 'A crisp oxford-cloth shirt that works with a tie or without.'},
  {sku: 'W-SHO-OXF', description: 'Goodyear-welted oxfords in brown calf leather.'},
  {sku: 'W-TIE-SILK', description: 'A square-ended knit tie in pure silk.'},
  {sku: 'W-BLT-LEATHER', description: 'A full-grain leather belt with a brushed buckle.'},
  {sku: 'W-BLZ-CASH', description: 'An unstructured blazer in soft cashmere: the premium choice.'},
  {sku: 'W-JKT-CHORE', description: 'A workwear chore jacket in sturdy cotton canvas.'},
  {sku: 'W-JNS-SELV', description: 'Straight-leg jeans in raw selvedge denim.'},
  {sku: 'W-TEE-PIMA', description: 'A soft crew-neck tee in long-staple Pima cotton.'},
  {sku: 'W-SNK-WHITE', description: 'Minimal white sneakers in smooth leather.'},
  {sku: 'W-COAT-WOOL', description: 'A warm, knee-length overcoat in heavy wool for winter.'},
  {sku: 'R-SHOE-START', description: 'A cushioned, forgiving shoe for your first kilometres.'},
  {sku: 'R-SHOE-TEMPO', description: 'A lighter, responsive shoe for faster training runs.'},
  {sku: 'R-SHOE-CARBON', description: 'A carbon-plated racing shoe for race day.'},
  {sku: 'R-WATCH-BASIC', description: 'A GPS watch that tracks pace, distance and heart rate.'},
  {sku: 'R-WATCH-PRO', description: 'A multisport watch with maps, training load and long battery life.'},
  {sku: 'R-SOCK-PACK', description: 'Three pairs of blister-free running socks.'},
  {sku: 'R-GEL-BOX', description: 'Twelve energy gels for long runs and races.'},
  {sku: 'R-BELT-HYD', description: 'A bounce-free belt that carries water and a phone.'},
  {sku: 'R-JKT-WIND', description: 'A windbreaker that packs into its own pocket.'},
  {sku: 'R-TIGHTS-THERMAL', description: 'Brushed thermal tights for cold-weather runs.'},
  {sku: 'R-HRM-STRAP', description: 'A chest strap for accurate heart-rate readings.'},
  {sku: 'L-STARTER', description: 'Three smart bulbs and the bridge that connects them.'},
  {sku: 'L-BRIDGE', description: 'The hub that connects Luma lights to your phone and voice assistant.'},
  {sku: 'L-BULB-COLOR', description: 'A smart bulb with sixteen million colours and warm whites.'},
  {sku: 'L-STRIP', description: 'A two-metre light strip for shelves, desks and TVs.'},
  {sku: 'L-OUTDOOR', description: 'A weatherproof spotlight for garden and terrace.'},
  {sku: 'L-DIMMER', description: 'A wireless dimmer switch that sticks anywhere.'},
  {sku: 'L-MOTION', description: 'A motion sensor that turns lights on as you walk in.'},
  {sku: 'L-GRADIENT', description: 'A strip that shows several colours at once.'},
  {sku: 'H-LAMP', description: 'A smart desk lamp with adjustable white light.'},
  {sku: 'K-CLEANSER', description: 'A gentle daily cleanser for every skin type.'},
  {sku: 'K-TONER', description: 'A hydrating toner that preps skin for serum.'},
  {sku: 'K-SERUM', description: 'A brightening vitamin C serum for the morning.'},
  {sku: 'K-MOIST', description: 'A light daily moisturiser that absorbs quickly.'},
  {sku: 'K-SPF', description: 'Broad-spectrum mineral sunscreen, SPF 50.'},
  {sku: 'K-SERUM-LUX', description: 'A retinol night serum, reserved for Gold members.'},
  {sku: 'K-GIFT-SET', description: 'Five Glow favourites in travel sizes, gift-boxed.'},
  {sku: 'H-DESK', description: 'An electric sit-stand desk with memory presets.'},
  {sku: 'H-CHAIR', description: 'An adjustable chair with lumbar support for long days.'},
  {sku: 'H-CHAIR-PRO', description: 'A fully adjustable chair with a mesh back and headrest.'},
  {sku: 'H-MON-ARM', description: 'A gas-spring arm that frees your desk and lifts your screen.'},
  {sku: 'H-MAT', description: 'A wool felt mat that softens your desk.'},
  {sku: 'C-SHOE-28', description: 'Easy-on trainers with hook-and-loop straps, size 28.'},
  {sku: 'C-SHOE-31', description: 'Easy-on trainers with hook-and-loop straps, size 31.'},
  {sku: 'C-BIKE-16', description: 'A first pedal bike with a 16-inch frame, ages 4 to 6.'},
  {sku: 'C-BIKE-20', description: 'A light 20-inch bike with gears, ages 7 to 9.'},
  {sku: 'G-CARD-50', description: 'A 50 EUR gift card, delivered by email.'}
] AS row
MATCH (p:Product {sku: row.sku})
OPTIONAL MATCH (p)-[:IN_CATEGORY]->(:Category)-[:PARENT*0..]->(top:Category)
  WHERE NOT (top)-[:PARENT]->()
WITH p, row, head(collect(top.id)) AS topCategory
SET p.description = coalesce(p.description, row.description),
    p.url = coalesce(p.url, '/products/' + p.sku),
    p.imageUrl = coalesce(p.imageUrl, '/images/products/' + coalesce(topCategory, 'product') + '.svg'),
    p.currency = coalesce(p.currency, 'EUR');
