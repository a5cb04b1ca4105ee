// Credits (ATTRIBUTED_TO) written before margins were net of discounts carry revenue × margin and no discount. A
// credit's margin is now what was paid less what the units cost the shop at list price, and its discount what the
// offer gave away on the line (Attribution.CREDIT): this recomputes both for the credits without a discount, from
// the product's price and margin as they are now (the older credits kept no list price of their own). Credits that
// have a discount were written the new way and are left as they are, so running it again changes nothing.
MATCH (e:Event)-[a:ATTRIBUTED_TO]->(d:Decision)
WHERE a.discount IS NULL
CALL (e, a, d) {
  MATCH (e)-[:ABOUT]->(p:Product)
  OPTIONAL MATCH (d)-[o:OFFERED]->(p)
  WITH e, a, p, o, coalesce(e.quantity, 1) AS quantity
  SET a.margin = CASE WHEN p.margin IS NULL THEN null
                      WHEN p.price IS NULL OR e.price IS NULL THEN a.margin
                      ELSE round(a.revenue - quantity * p.price * (1 - p.margin), 2) END,
      a.discount = CASE WHEN o.offerKind IS NULL OR p.price IS NULL OR e.price IS NULL OR e.price >= p.price THEN 0.0
                        ELSE round((p.price - e.price) * quantity, 2) END
} IN TRANSACTIONS OF 5000 ROWS;
