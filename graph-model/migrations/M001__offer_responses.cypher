// Each OFFERED edge carries what metrics count about it, so that a report reads edges, not every decision's
// responses: clicked / accepted / dismissed (true when a response of that type was recorded for the action, absent
// otherwise) and its product's category as of the offer. recordResponse and decide keep them from then on; this
// fills in the edges written before they did. In batches, so a large graph is not one huge transaction.
MATCH (d:Decision)-[o:OFFERED]->(p:Product)
CALL (d, o, p) {
  WITH d, o, p, COLLECT { MATCH (r:Response)-[:RESPONDS_TO]->(d) WHERE r.sku = p.sku RETURN DISTINCT r.type } AS types
  SET o.category = coalesce(o.category, [(p)-[:IN_CATEGORY]->(category) | category.id][0]),
      o.clicked = CASE WHEN 'CLICKED' IN types THEN true END,
      o.accepted = CASE WHEN 'ACCEPTED' IN types THEN true END,
      o.dismissed = CASE WHEN 'DISMISSED' IN types THEN true END
} IN TRANSACTIONS OF 5000 ROWS;
