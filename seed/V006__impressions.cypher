// Claude's three visits to the web shop (V003) were seen: the frontend reported each action SHOWN a minute after
// the decision. On the web an impression is a SHOWN response, not the decision (a page may be rendered and never
// seen), so these are what rotation counts.
MATCH (d:Decision)-[:FOR]->(:Customer {id: 'C-CLAUDE'})
WHERE d.id STARTS WITH 'seed-D-CLAUDE-'
MATCH (d)-[:OFFERED]->(p:Product)
MERGE (r:Response {id: d.id + ':' + p.sku + ':SHOWN'})
ON CREATE SET r.type = 'SHOWN', r.at = d.at + duration('PT1M'), r.sku = p.sku
MERGE (r)-[:RESPONDS_TO]->(d)
MERGE (r)-[:ABOUT]->(p);
