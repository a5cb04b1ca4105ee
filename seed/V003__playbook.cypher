// Playbook demo: the pairings, co-purchase edges, customers and recorded decisions that make every timing
// moment and guardrail of the decision model visible (README "The decision model" lists who shows what).
// The demo "now" is Friday 2026-11-20, as in V002.

// Merchandiser pairings: a tie for the blazer (what brings Margaret back to her cart), winter pieces that go
// with what runners and office dressers own (the seasonal moment).
UNWIND [
  ['W-BLZ-NAVY', 'W-TIE-SILK', 0.6], ['W-TRS-GREY', 'W-COAT-WOOL', 0.3], ['R-SHOE-TEMPO', 'R-TIGHTS-THERMAL', 0.5]
] AS pair
MATCH (a:Product {sku: pair[0]}), (b:Product {sku: pair[1]})
MERGE (a)-[c:COMPLEMENTS]->(b)
SET c.strength = pair[2];

// Frequently bought together, in the units recomputeCoPurchases writes (support = orders holding both, lift = how
// much more often than by chance). They stand for the shop's whole order history, which the demo does not hold: its
// 33 orders (V002) bear out other pairs, so recomputeCoPurchases on the demo graph replaces these with those, and
// the demo's answers change (README, "Frequently bought together").
UNWIND [
  ['R-SHOE-TEMPO', 'R-GEL-BOX', 16, 3.2], ['R-SHOE-TEMPO', 'R-HRM-STRAP', 8, 2.1],
  ['W-JNS-SELV', 'W-TEE-PIMA', 20, 2.8], ['W-JNS-SELV', 'W-SNK-WHITE', 8, 1.9],
  ['L-STRIP', 'L-DIMMER', 12, 3.5], ['K-SERUM', 'K-SPF', 8, 2.4]
] AS pair
MATCH (a:Product {sku: pair[0]}), (b:Product {sku: pair[1]})
MERGE (a)-[bw:BOUGHT_WITH]->(b)
SET bw.support = pair[2], bw.lift = pair[3];

UNWIND [
  {id: 'C-CLAUDE', name: 'Claude Shannon', tier: 'SILVER', points: 640, spend: 610.0, email: true, sms: false, mobile: true, direct: false, tz: 'America/New_York', joined: '2024-01-09T10:00:00Z'},
  {id: 'C-ROSALIND', name: 'Rosalind Franklin', tier: 'SILVER', points: 560, spend: 540.0, email: true, sms: true, mobile: true, direct: false, tz: 'Europe/London', joined: '2025-04-25T10:00:00Z'},
  {id: 'C-ANITA', name: 'Anita Borg', tier: 'SILVER', points: 2700, spend: 1900.0, email: true, sms: false, mobile: true, direct: false, tz: 'America/Los_Angeles', joined: '2022-01-17T10:00:00Z'}
] AS row
MERGE (c:Customer {id: row.id})
SET c.name = row.name,
    c.tier = row.tier,
    c.points = row.points,
    c.spend = row.spend,
    c.consentEmail = row.email,
    c.consentSms = row.sms,
    c.consentMobile = row.mobile,
    c.consentDirect = row.direct,
    c.optedOut = false,
    c.timeZone = row.tz,
    c.joinedAt = datetime(row.joined),
    c.childBirthYears = [];

UNWIND [
  {c: 'C-CLAUDE', sku: 'L-STARTER', at: '2025-06-14T12:00:00Z', order: 'O-2601'},
  {c: 'C-ROSALIND', sku: 'R-SHOE-TEMPO', at: '2026-09-15T12:00:00Z', order: 'O-2701'},
  {c: 'C-ANITA', sku: 'K-GIFT-SET', at: '2026-10-02T12:00:00Z', order: 'O-2801'}
] AS row
MATCH (c:Customer {id: row.c}), (p:Product {sku: row.sku})
MERGE (e:Event {id: 'seed-' + row.order + '-' + row.sku})
SET e.type = 'PURCHASE', e.at = datetime(row.at), e.sku = row.sku, e.orderId = row.order,
    e.quantity = 1, e.price = p.price, e.gift = false
MERGE (c)-[:DID]->(e)
MERGE (e)-[:ABOUT]->(p)
MERGE (c)-[o:OWNS]->(p)
SET o.at = datetime(row.at), o.orderId = row.order, o.quantity = 1, o.price = p.price,
    o.gift = false, o.usagePercent = null, o.returned = false;

// Recorded decisions (as Mutation.decide writes them): Sophie got three emails this week (per-channel cap),
// Rosalind five pushes across channels (cross-channel cap), Claude saw the dimmer three times on the web
// (rotation) and dismissed the motion sensor (dismissal).
UNWIND [
  {id: 'seed-D-SOPHIE-1', c: 'C-SOPHIE', at: '2026-11-14T09:00:00Z', channel: 'EMAIL', offers: [['K-SERUM', 'COMPLETION']]},
  {id: 'seed-D-SOPHIE-2', c: 'C-SOPHIE', at: '2026-11-16T09:00:00Z', channel: 'EMAIL', offers: [['K-MOIST', 'COMPLETION']]},
  {id: 'seed-D-SOPHIE-3', c: 'C-SOPHIE', at: '2026-11-19T09:00:00Z', channel: 'EMAIL', offers: [['K-SPF', 'COMPLETION']]},
  {id: 'seed-D-ROSALIND-1', c: 'C-ROSALIND', at: '2026-11-14T18:00:00Z', channel: 'EMAIL', offers: [['R-GEL-BOX', 'COMPLEMENT']]},
  {id: 'seed-D-ROSALIND-2', c: 'C-ROSALIND', at: '2026-11-15T18:00:00Z', channel: 'MOBILE', offers: [['R-HRM-STRAP', 'COMPLEMENT']]},
  {id: 'seed-D-ROSALIND-3', c: 'C-ROSALIND', at: '2026-11-16T18:00:00Z', channel: 'SMS', offers: [['R-GEL-BOX', 'COMPLEMENT']]},
  {id: 'seed-D-ROSALIND-4', c: 'C-ROSALIND', at: '2026-11-17T18:00:00Z', channel: 'EMAIL', offers: [['R-TIGHTS-THERMAL', 'COMPLEMENT']]},
  {id: 'seed-D-ROSALIND-5', c: 'C-ROSALIND', at: '2026-11-18T18:00:00Z', channel: 'MOBILE', offers: [['R-HRM-STRAP', 'COMPLEMENT']]},
  {id: 'seed-D-CLAUDE-1', c: 'C-CLAUDE', at: '2026-11-12T20:00:00Z', channel: 'WEB', offers: [['L-DIMMER', 'ECOSYSTEM'], ['L-MOTION', 'ECOSYSTEM']]},
  {id: 'seed-D-CLAUDE-2', c: 'C-CLAUDE', at: '2026-11-15T20:00:00Z', channel: 'WEB', offers: [['L-DIMMER', 'ECOSYSTEM'], ['L-MOTION', 'ECOSYSTEM']]},
  {id: 'seed-D-CLAUDE-3', c: 'C-CLAUDE', at: '2026-11-18T20:00:00Z', channel: 'WEB', offers: [['L-DIMMER', 'ECOSYSTEM'], ['L-MOTION', 'ECOSYSTEM']]}
] AS row
MATCH (c:Customer {id: row.c})
MERGE (d:Decision {id: row.id})
SET d.at = datetime(row.at), d.rulesVersion = 'seed', d.placement = null
MERGE (d)-[:FOR]->(c)
WITH d, row
UNWIND range(0, size(row.offers) - 1) AS i
MATCH (p:Product {sku: row.offers[i][0]})
MERGE (d)-[o:OFFERED]->(p)
SET o.rank = i + 1, o.strategy = row.offers[i][1], o.moment = null, o.channel = row.channel, o.score = 0.5;

MATCH (d:Decision {id: 'seed-D-CLAUDE-3'}), (p:Product {sku: 'L-MOTION'})
MERGE (r:Response {id: 'seed-R-CLAUDE-1'})
SET r.type = 'DISMISSED', r.at = datetime('2026-11-18T20:05:00Z'), r.sku = p.sku
MERGE (r)-[:RESPONDS_TO]->(d)
MERGE (r)-[:ABOUT]->(p);
