// A launch ahead: the Luma ceiling panel joins the Luma family on 15 January 2027. Until then it is not sold, but the
// rules give Gold members and up early access to a launch of the next 30 days (rules/incentives/early-access.drl):
// from 16 December 2026 Grace, a Gold member with Luma at home, is offered it, until its launch.
MERGE (p:Product {sku: 'L-CEILING'})
SET p.name = 'Luma ceiling panel', p.price = 199.0, p.margin = 0.40, p.stock = 30, p.premium = false,
    p.consumable = false, p.giftable = false, p.launchedAt = datetime('2027-01-15T08:00:00Z')
WITH p
MATCH (c:Category {id: 'lighting'})
MERGE (p)-[:IN_CATEGORY]->(c)
WITH p
MATCH (f:Family {id: 'luma'})
MERGE (p)-[:PART_OF]->(f);
