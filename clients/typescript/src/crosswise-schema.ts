export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant as an ISO-8601 date-time with an offset, between the years 1900 and 9999, e.g. `2026-11-20T09:30:00Z`. */
  DateTime: { input: string; output: string; }
};

/** One thing to offer. */
export type Action = {
  __typename?: 'Action';
  channel: Channel;
  /** A short title for the action's card (a few words, e.g. `Complete your look`), from the same templates. */
  headline: Scalars['String']['output'];
  /**
   * Customer-facing text: what the strategy proposes, said the way the moment calls for. From the templates of
   * `rules/messages/`, in the decision's `locale`.
   */
  message: Scalars['String']['output'];
  /** The timing moment that makes this the right time; null when no moment applies. */
  moment: Maybe<Moment>;
  /**
   * The incentive the rules attached to this action (a running promotion's discount, a free-shipping nudge); null when
   * it carries none. Which rule and promotion attached it, and the margin left after it, are in `reasons` (INCENTIVE).
   */
  offer: Maybe<Offer>;
  product: Product;
  /** 1 is the best. */
  rank: Scalars['Int']['output'];
  /** Never null but for a storefront caller (FORBIDDEN: they print margins and the customer's history; show `message`). */
  reasons: Maybe<Array<Reason>>;
  /** relevance x moment weight x value x business lever; every factor is listed in `reasons`. */
  score: Scalars['Float']['output'];
  strategy: Strategy;
};

/** One product offered under both rule sets, differently. */
export type ActionChange = {
  __typename?: 'ActionChange';
  channelAfter: Channel;
  channelBefore: Channel;
  momentAfter: Maybe<Moment>;
  momentBefore: Maybe<Moment>;
  product: Product;
  rankAfter: Scalars['Int']['output'];
  rankBefore: Scalars['Int']['output'];
  scoreAfter: Scalars['Float']['output'];
  scoreBefore: Scalars['Float']['output'];
  strategyAfter: Strategy;
  strategyBefore: Strategy;
};

export type ArmResult = {
  __typename?: 'ArmResult';
  /** The arm that changes nothing: every other arm is compared with it. */
  control: Scalars['Boolean']['output'];
  /** Exposures bought as a result (attribution): the numerator of conversionRate. */
  conversions: Scalars['Int']['output'];
  /** Customers with at least one recorded decision in this arm. */
  customers: Scalars['Int']['output'];
  decisions: Scalars['Int']['output'];
  exposures: Scalars['Int']['output'];
  /** An arm that is offered nothing. */
  holdout: Scalars['Boolean']['output'];
  /** The arm's metric minus the control's, with its 95 % interval and p-value; null on the control and without samples. */
  lift: Maybe<Estimate>;
  /** The primary metric in this arm with its 95 % interval (pValue null); null while there is no sample. */
  metric: Maybe<Estimate>;
  name: Scalars['String']['output'];
  /** What the arm changes: holdout, rules, message, channel or timing; null for the control. */
  varies: Maybe<Scalars['String']['output']>;
  /** Percent of the population assigned to it. */
  weight: Scalars['Float']['output'];
};

/** A purchase credited to an offer: which decision and action it came from, and through which window. */
export type Attribution = {
  __typename?: 'Attribution';
  channel: Channel;
  /** The CLICKED or ACCEPTED response credited, for a click-through. */
  clickedAt: Maybe<Scalars['DateTime']['output']>;
  /** The decision whose action was credited (the exposure). */
  decisionId: Scalars['ID']['output'];
  /** The PURCHASE event. */
  eventId: Scalars['ID']['output'];
  exposedAt: Scalars['DateTime']['output'];
  /** Revenue x the product's margin at the purchase; null when the margin is unknown. */
  margin: Maybe<Scalars['Float']['output']>;
  moment: Maybe<Moment>;
  orderId: Maybe<Scalars['ID']['output']>;
  placement: Maybe<Placement>;
  product: Product;
  purchasedAt: Scalars['DateTime']['output'];
  rank: Scalars['Int']['output'];
  /** True once a RETURN took the line back. */
  returned: Scalars['Boolean']['output'];
  /** price x quantity of the line. */
  revenue: Scalars['Float']['output'];
  /** The moment or lever rule that shaped the action. */
  rule: Maybe<Scalars['String']['output']>;
  strategy: Strategy;
  window: AttributionWindow;
};

export type AttributionWindow =
  /** A CLICKED or ACCEPTED response to the action within the click-through window before the purchase. */
  | 'CLICK_THROUGH'
  /** The action was shown within the view-through window before the purchase, and not clicked. */
  | 'VIEW_THROUGH';

/** A product pair worth a bundle, as the orders show it. */
export type BundleSuggestion = {
  __typename?: 'BundleSuggestion';
  /** How much more often they are bought together than by chance. */
  lift: Scalars['Float']['output'];
  /** The two prices added up (EUR): what a bundle's discount is taken off. */
  listPrice: Scalars['Float']['output'];
  products: Array<Product>;
  skus: Array<Scalars['ID']['output']>;
  /** Baskets that held both. */
  support: Scalars['Int']['output'];
};

/**
 * Candidate rules for a simulation: `directory` (a rules folder inside the service's working directory; default the
 * folder the service loads from) with each of `files` replacing or adding the file at its path.
 */
export type CandidateRules = {
  directory?: InputMaybe<Scalars['String']['input']>;
  files?: InputMaybe<Array<RuleFileInput>>;
};

export type Channel =
  | 'DIRECT'
  | 'EMAIL'
  | 'MOBILE'
  | 'SMS'
  | 'WEB';

export type CoPurchasePayload = {
  __typename?: 'CoPurchasePayload';
  /** Orders with at least one purchase: the N of support and lift. */
  baskets: Scalars['Int']['output'];
  /**
   * How much of a BOUGHT_WITH pair's pull a product bought in an earlier order carries into the customer's next order,
   * learned from the orders (0: none, an earlier purchase says nothing of the next basket; 1: as much as a product in
   * the cart). A complement of an owned product is judged at B's share + this × (association − B's share); a product
   * looked at or in the cart keeps its whole association. Null when too few customers came back (1 is used then).
   */
  boughtWithCarryover: Maybe<Scalars['Float']['output']>;
  /**
   * Directed BOUGHT_WITH edges written: from each product to its 20 strongest partners (highest association: the share
   * of its baskets holding the partner, shrunk toward the partner's share of all baskets; then support), so a pair is
   * one edge, two, or none when both products have 20 stronger partners.
   */
  edges: Scalars['Int']['output'];
  minSupport: Scalars['Int']['output'];
  /** Product pairs bought together in at least `minSupport` orders. */
  pairs: Scalars['Int']['output'];
  /** Products given a popularity: bought in at least one order of the year before the latest purchase. */
  popularProducts: Scalars['Int']['output'];
  /** Previously derived BOUGHT_WITH edges that no longer qualify and were removed. */
  removed: Scalars['Int']['output'];
  /**
   * The share of a product's repeat cycle before which, in these orders, buyers buy it again less often than once the
   * cycle is over: a repeat purchase is due from then on (0: as often right after a purchase). Null when the orders
   * cannot tell; the analysts' `repeat purchase due share` decides then.
   */
  repeatDueShare: Maybe<Scalars['Float']['output']>;
  /**
   * How many orders' worth of a product's share of all baskets a customer's own orders are weighed against when a
   * repeat purchase's chance is estimated, learned from the orders (each customer's last order predicted from their
   * earlier ones): few where customers keep buying the same things, many where their past says little. Null when too
   * few customers have two orders (30 is used then).
   */
  repeatPriorOrders: Maybe<Scalars['Float']['output']>;
  /** Products given a repeat cycle (`repeatDays`): bought again on another day at least 3 times. */
  repeatProducts: Scalars['Int']['output'];
};

export type Complement = {
  __typename?: 'Complement';
  product: Product;
  /** 0..1 */
  strength: Scalars['Float']['output'];
};

export type ComplementInput = {
  sku: Scalars['ID']['input'];
  /** How strongly the two go together, 0..1. */
  strength: Scalars['Float']['input'];
};

export type Consents = {
  __typename?: 'Consents';
  direct: Scalars['Boolean']['output'];
  email: Scalars['Boolean']['output'];
  mobile: Scalars['Boolean']['output'];
  sms: Scalars['Boolean']['output'];
};

export type ConsentsInput = {
  direct?: InputMaybe<Scalars['Boolean']['input']>;
  email?: InputMaybe<Scalars['Boolean']['input']>;
  mobile?: InputMaybe<Scalars['Boolean']['input']>;
  sms?: InputMaybe<Scalars['Boolean']['input']>;
};

/**
 * A customer profile. Every field but `id` is null for a storefront caller (a key or token shipped to a browser), with a
 * FORBIDDEN error naming the field: for the other roles they are never null except where said.
 */
export type Customer = {
  __typename?: 'Customer';
  /** The customer's purchases credited to an offer (see `Query.metrics`), newest first. Never null but for a storefront caller. */
  attributions: Maybe<Array<Attribution>>;
  /** Never null but for a storefront caller. */
  childBirthYears: Maybe<Array<Scalars['Int']['output']>>;
  /** Marketing consent per channel. Never null but for a storefront caller. */
  consents: Maybe<Consents>;
  id: Scalars['ID']['output'];
  joinedAt: Maybe<Scalars['DateTime']['output']>;
  /** Never null but for a storefront caller. */
  name: Maybe<Scalars['String']['output']>;
  /** Silences every channel. Never null but for a storefront caller. */
  optedOut: Maybe<Scalars['Boolean']['output']>;
  /** What the customer bought, newest first — fully returned items too, with `returned: true`. Never null but for a storefront caller. */
  owns: Maybe<Array<Ownership>>;
  /** Never null but for a storefront caller. */
  points: Maybe<Scalars['Int']['output']>;
  /** Total spend in EUR. Never null but for a storefront caller. */
  spend: Maybe<Scalars['Float']['output']>;
  /** Never null but for a storefront caller. */
  tier: Maybe<Tier>;
  /** IANA time zone, e.g. `Europe/Paris`. */
  timeZone: Maybe<Scalars['String']['output']>;
};

/** A customer profile. Fields left out keep their current value. */
export type CustomerInput = {
  /** Birth years of the customer's children, for kids' sizes that grow with them. */
  childBirthYears?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Marketing consent per channel; channels left out keep their value (new customer: none). */
  consents?: InputMaybe<ConsentsInput>;
  id: Scalars['ID']['input'];
  /** New customer: now. */
  joinedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Required for a new customer. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Silences every channel. */
  optedOut?: InputMaybe<Scalars['Boolean']['input']>;
  /** At least 0 (new customer: 0). */
  points?: InputMaybe<Scalars['Int']['input']>;
  /** Total spend in EUR, at least 0 (new customer: 0). */
  spend?: InputMaybe<Scalars['Float']['input']>;
  /** New customer: BRONZE. */
  tier?: InputMaybe<Tier>;
  /** IANA time zone, e.g. `Europe/Paris`; drives quiet hours. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

/** One decision: what to offer, ranked, and what was held back. */
export type Decision = {
  __typename?: 'Decision';
  actions: Array<Action>;
  /** The instant the decision was made for. */
  at: Scalars['DateTime']['output'];
  /** Null for an anonymous visitor (`whatNext` without `customerId`). */
  customer: Maybe<Customer>;
  /**
   * The experiment arms this decision was made in (`rules/experiments/*.yaml`), recorded with it by `decide`: one per
   * experiment running at `at` whose population holds the customer. Empty for a customer outside them, and for an
   * anonymous visitor.
   */
  experiments: Array<ExperimentAssignment>;
  /** True when a holdout arm keeps this customer from any offer: `actions` is empty, and `heldOutReason` says which. */
  heldOut: Scalars['Boolean']['output'];
  /** Which experiment and arm hold the customer out, and why; null when not held out. */
  heldOutReason: Maybe<Scalars['String']['output']>;
  /** Unique id of this decision. Only a decision recorded by `decide` (`recorded: true`) can be referred to later, by `recordResponse`; a `whatNext` id names an answer nothing stored. */
  id: Scalars['ID']['output'];
  /** True when the decision was recorded (`decide`), false for `whatNext`. */
  recorded: Scalars['Boolean']['output'];
  /** Which rules answered: a hash of the DRL files, prefixed with a counter of compiles (rejected changes and simulated rules count too). */
  rulesVersion: Scalars['String']['output'];
  /** Candidates a guardrail removed, each with the rule that removed it. Never null but for a storefront caller (FORBIDDEN: they explain with margins and the customer's history). */
  suppressed: Maybe<Array<Suppression>>;
};

/** Where the decision will be shown, so rules can hold back or favour some actions. A sku the catalog does not know is left out, with a warning in the response's `extensions.warnings` (`message`, `field`). */
export type DecisionContext = {
  /** What is in the cart right now; never offered, and drives upsell and checkout add-ons. */
  cartSkus?: InputMaybe<Array<Scalars['ID']['input']>>;
  placement?: InputMaybe<Placement>;
  /** The product the customer is looking at (product page). */
  productSku?: InputMaybe<Scalars['ID']['input']>;
};

/** An estimate with its 95 % confidence interval. */
export type Estimate = {
  __typename?: 'Estimate';
  high: Scalars['Float']['output'];
  low: Scalars['Float']['output'];
  /** For a lift: the test's two-sided p-value; null for an arm's own metric. */
  pValue: Maybe<Scalars['Float']['output']>;
  value: Scalars['Float']['output'];
};

/** A recorded event. */
export type Event = {
  __typename?: 'Event';
  at: Scalars['DateTime']['output'];
  caseId: Maybe<Scalars['ID']['output']>;
  channel: Maybe<Channel>;
  customer: Customer;
  gift: Maybe<Scalars['Boolean']['output']>;
  id: Scalars['ID']['output'];
  orderId: Maybe<Scalars['ID']['output']>;
  price: Maybe<Scalars['Float']['output']>;
  product: Maybe<Product>;
  quantity: Maybe<Scalars['Int']['output']>;
  satisfaction: Maybe<Scalars['Int']['output']>;
  tier: Maybe<Tier>;
  type: EventType;
  usagePercent: Maybe<Scalars['Float']['output']>;
};

/** Something a customer did. Which fields are required depends on `type` (see the README's event table). */
export type EventInput = {
  /** When it happened (default: now). */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  /** SUPPORT_OPENED and SUPPORT_RESOLVED: the support case. */
  caseId?: InputMaybe<Scalars['ID']['input']>;
  /** Where it happened. */
  channel?: InputMaybe<Channel>;
  customerId: Scalars['ID']['input'];
  /** The producer's unique id of this event; a replay with the same id changes nothing (reused for another event: BAD_REQUEST). */
  eventId: Scalars['ID']['input'];
  /** Bought as a gift (default false). */
  gift?: InputMaybe<Scalars['Boolean']['input']>;
  /** The order (basket) of a PURCHASE; required for it. Co-purchases are derived from orders. */
  orderId?: InputMaybe<Scalars['ID']['input']>;
  /** Unit price, 0..1000000000. PURCHASE: paid (default: the product's price); it adds to the customer's spend and points. RETURN: refunded (default: the price paid); it takes them back. */
  price?: InputMaybe<Scalars['Float']['input']>;
  /** Units bought (PURCHASE) or returned (RETURN), 1..1000000 (default 1). */
  quantity?: InputMaybe<Scalars['Int']['input']>;
  /** SUPPORT_RESOLVED: the customer's satisfaction, 1..5. */
  satisfaction?: InputMaybe<Scalars['Int']['input']>;
  /** The product concerned: required for PURCHASE, RETURN, VIEW, CART_ADD, CART_REMOVE and USAGE. */
  sku?: InputMaybe<Scalars['ID']['input']>;
  /** TIER_CHANGED: the new tier. */
  tier?: InputMaybe<Tier>;
  type: EventType;
  /** USAGE: how much of the product's life has been used, 0..100. */
  usagePercent?: InputMaybe<Scalars['Float']['input']>;
};

export type EventType =
  | 'CART_ADD'
  | 'CART_REMOVE'
  | 'CHECKOUT'
  | 'PURCHASE'
  | 'RETURN'
  | 'SUPPORT_OPENED'
  | 'SUPPORT_RESOLVED'
  | 'TIER_CHANGED'
  | 'USAGE'
  | 'VIEW'
  | 'VISIT';

/**
 * An experiment and how its arms compare, over the decisions recorded (`decide`) from its start to its end (or now).
 * Every interval is a 95 % confidence interval; a lift is the arm's metric minus the control's, in the metric's own
 * unit (a difference of rates, or EUR per customer).
 */
export type Experiment = {
  __typename?: 'Experiment';
  arms: Array<ArmResult>;
  /** Whole days from start to now (or to end); 0 before the start. */
  daysRun: Scalars['Int']['output'];
  /** Days still needed to reach `requiredSamplePerArm` in the smallest arm at the rate samples came so far; 0 when reached; null when unknown. */
  daysToRequiredSample: Maybe<Scalars['Int']['output']>;
  end: Maybe<Scalars['DateTime']['output']>;
  /** The file that defines it, relative to the rules folder. */
  file: Scalars['String']['output'];
  hypothesis: Scalars['String']['output'];
  /** No winner is called before this many days (14 unless the file says otherwise). */
  minimumDays: Scalars['Int']['output'];
  /** The smallest lift worth detecting, in the primary metric's unit. */
  minimumDetectableEffect: Scalars['Float']['output'];
  name: Scalars['String']['output'];
  /** Who is in it, e.g. `all customers`, `tier GOLD/SILVER consenting to EMAIL` or `customers with ids starting 'shopper-'`. */
  population: Scalars['String']['output'];
  /** acceptanceRate, conversionRate, clickThroughRate (per exposure), purchaseRate, revenuePerCustomer or attributedRevenuePerCustomer (per customer). */
  primaryMetric: Scalars['String']['output'];
  /**
   * Samples each arm needs to detect `minimumDetectableEffect` with 80 % power at a 5 % two-sided level, from the
   * control's observed rate or variance; null while the control has no data.
   */
  requiredSamplePerArm: Maybe<Scalars['Int']['output']>;
  /** What one sample is: `exposures` (rates per exposure) or `customers`. */
  sampleUnit: Scalars['String']['output'];
  /** Sample-ratio mismatch: a chi-square test of the arms' customers against their weights. */
  srm: SampleRatio;
  /** As its file says; a file without one runs from its first decision, whose time this is (now until there is one). */
  start: Scalars['DateTime']['output'];
  status: ExperimentStatus;
  /** The test behind `lift`: `two-proportion z-test` (rates) or `Welch's t-test` (revenue per customer). */
  test: Scalars['String']['output'];
  /** What can be concluded now: no winner is called before `minimumDays` and `requiredSamplePerArm` are reached. */
  verdict: Scalars['String']['output'];
};

/** A customer's arm in one experiment: the same for every decision while the experiment runs (a hash, not a draw). */
export type ExperimentAssignment = {
  __typename?: 'ExperimentAssignment';
  arm: Scalars['String']['output'];
  experiment: Scalars['String']['output'];
};

export type ExperimentStatus =
  /** Its `start` is still to come: no customer is in it yet. */
  | 'DRAFT'
  /** Past its `end`: no new decision is made in it. */
  | 'ENDED'
  | 'RUNNING';

/** What `linkVisitor` moved from the visitor to the customer. */
export type LinkVisitorPayload = {
  __typename?: 'LinkVisitorPayload';
  customer: Customer;
  /** Decisions moved (their responses with them). */
  decisions: Scalars['Int']['output'];
  /** Browsing events moved. */
  events: Scalars['Int']['output'];
};

/** What a metrics report can be broken down by. Each action shown has one value of each (`none` when it has none). */
export type MetricDimension =
  | 'CHANNEL'
  /**
   * The experiment arms the decision was made in, as `experiment/arm` (several joined by ` + ` in name order, e.g.
   * `messages-nov/short + pilot-72h/window-72h`); `none` outside every experiment. See `Query.experiment`.
   */
  | 'EXPERIMENT_ARM'
  | 'MOMENT'
  /** The decision's `context.placement`. */
  | 'PLACEMENT'
  | 'PRODUCT_CATEGORY'
  /** The moment or lever rule that shaped the action: its moment's rule, else its first score lever's rule. */
  | 'RULE'
  | 'STRATEGY';

export type MetricGroup = {
  __typename?: 'MetricGroup';
  /** One value per `groupBy` dimension, in its order; `none` where the action has none (no moment, no placement...). */
  key: Array<Scalars['String']['output']>;
  metrics: Metrics;
};

export type MetricInterval =
  | 'DAY'
  | 'HOUR'
  /** Weeks start on Monday. */
  | 'WEEK';

export type MetricPoint = {
  __typename?: 'MetricPoint';
  metrics: Metrics;
  /** The bucket's start (UTC). */
  start: Scalars['DateTime']['output'];
};

/**
 * The measures of one slice. Counts belong to the decisions made in the slice. In a group, `decisions` counts the
 * decisions with at least one action in it, `crossSellAov` the orders with a line credited to it; `otherAov` and
 * `returnRateAll` are the period's (or the bucket's) for all items.
 */
export type Metrics = {
  __typename?: 'Metrics';
  /** Exposures accepted or bought as a result / exposures. */
  acceptanceRate: Rate;
  /** Exposures with an ACCEPTED response. */
  acceptances: Scalars['Int']['output'];
  /** What the offers gave away on the credited lines: list price less the price paid, on lines whose exposure carried an offer. */
  attributedDiscount: Scalars['Float']['output'];
  /**
   * Their margin, net of discounts: revenue less the units' cost at list price (price x (1 - margin)); lines of products
   * without a known margin add nothing.
   */
  attributedMargin: Scalars['Float']['output'];
  /** Purchase lines credited to the exposures. */
  attributedPurchases: Scalars['Int']['output'];
  /** What the credited lines sold for (the price paid x quantity): net of the discounts offered. */
  attributedRevenue: Scalars['Float']['output'];
  /** Credited purchases in a category the customer had never bought / credited purchases. */
  categoryExpansionRate: Rate;
  /** Exposures clicked / exposures. */
  clickThroughRate: Rate;
  /** Exposures with a CLICKED response. */
  clicks: Scalars['Int']['output'];
  /** Exposures bought as a result / exposures. */
  conversionRate: Rate;
  /** Average value of the period's orders with a credited line; null without any. */
  crossSellAov: Maybe<Scalars['Float']['output']>;
  /** Decisions recorded by `decide`. */
  decisions: Scalars['Int']['output'];
  /** Exposures with a DISMISSED response. */
  dismissals: Scalars['Int']['output'];
  /** Actions shown: the decisions' actions (each an exposure). */
  exposures: Scalars['Int']['output'];
  /** Median hours from the customer's previous order to a credited purchase (the secondary purchase); null without any. */
  medianHoursToSecondaryPurchase: Maybe<Scalars['Float']['output']>;
  /** Average value of the period's orders without a credited line; null without any. */
  otherAov: Maybe<Scalars['Float']['output']>;
  /** Credited purchases of a product the customer had bought before / credited purchases (the rest are new items). */
  repeatPurchaseShare: Rate;
  /** The period's purchase lines since returned / the period's purchase lines. */
  returnRateAll: Rate;
  /** Credited purchase lines since returned / credited purchase lines. */
  returnRateRecommended: Rate;
  /** Credited revenue / decisions; null without decisions. */
  revenuePerDecision: Maybe<Scalars['Float']['output']>;
  /** Candidates each guardrail rule removed, most first. In groups by CHANNEL, MOMENT or RULE: empty, as a removed candidate never got one. */
  suppressionsByRule: Array<RuleCount>;
};

export type MetricsReport = {
  __typename?: 'MetricsReport';
  /** The attribution windows the report was credited with, in hours. */
  clickThroughWindowHours: Scalars['Float']['output'];
  from: Scalars['DateTime']['output'];
  groupBy: Array<MetricDimension>;
  /** One per combination of the `groupBy` dimensions' values that occurred; empty without `groupBy`. */
  groups: Array<MetricGroup>;
  interval: Maybe<MetricInterval>;
  /** The products most often bought as a result of being offered (at most 10). */
  mostConverting: Array<ProductMetrics>;
  /** The products shown most often in the period (at most 10). */
  mostOffered: Array<ProductMetrics>;
  /** Per promotion the period's offers carried: what it promised, and what it cost and earned on the purchases credited to them; the largest discount first. */
  promotions: Array<PromotionSpend>;
  /** One per `interval` bucket overlapping the period, oldest first; empty without `interval`. */
  series: Array<MetricPoint>;
  to: Scalars['DateTime']['output'];
  /** The whole period. */
  totals: Metrics;
  viewThroughWindowHours: Scalars['Float']['output'];
};

export type Moment =
  | 'BROWSE_INTEREST'
  | 'CART_ABANDONMENT'
  | 'GIFT_GIVING'
  | 'LIFECYCLE'
  | 'LOYALTY_MILESTONE'
  | 'POST_PURCHASE'
  | 'PRODUCT_LAUNCH'
  | 'SEASONAL'
  | 'SECOND_VISIT'
  | 'SUPPORT_RESOLUTION'
  | 'USAGE_MILESTONE';

/**
 * Everything that writes. Each mutation commits on its own, in one transaction (`recomputeCoPurchases` in batches), in
 * the order asked: in a request with several, one that fails answers null and those before it stay written. Writes
 * keyed by an id (event, response, product, customer) are idempotent: replaying them with the same id changes nothing.
 * `decide` records a new decision per call.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * The same decision as `whatNext`, and recorded: the decision and one exposure per action are stored, so
   * `recordResponse` can refer to them and purchases can be credited to them. Caps and rotation count impressions: on
   * EMAIL, SMS, MOBILE and DIRECT the decision itself (the message goes out); on the web only the actions reported
   * SHOWN (`recordResponse`), so a page rendered and never seen counts nothing. `recorded` is true.
   */
  decide: Decision;
  /**
   * Ends a promotion now: decisions stop offering it, and its offers' `expiresAt` was its planned end. Ending again keeps
   * the first end. An unknown id is NOT_FOUND.
   */
  endPromotion: Maybe<Promotion>;
  /**
   * Hands an anonymous visitor's session to the customer who just logged in: the decisions made for the visitor (with
   * their responses: impressions, clicks, dismissals) and its browsing events become the customer's, so frequency caps
   * and rotation carry over, and the visitor is removed. The shop's server calls it at login (a server role). Linking
   * again moves nothing. A visitor with more than decisions and browsing events (a purchase recorded for it) is a
   * BAD_REQUEST.
   */
  linkVisitor: Maybe<LinkVisitorPayload>;
  /**
   * Derives "frequently bought together" (`BOUGHT_WITH` edges from each product to its 20 strongest partners) from the
   * purchase events of every order, replacing the previously derived edges. Pairs bought together in fewer than
   * `minSupport` orders are left out. The same orders give each product its popularity (share of the last year's and
   * last four weeks' baskets: best sellers and trending, the POPULAR strategy) and its repeat cycle (median days
   * between one customer's purchases of it: learned replenishment).
   */
  recomputeCoPurchases: Maybe<CoPurchasePayload>;
  /**
   * Records what a customer did, idempotently on `input.eventId`: a replay returns `duplicate: true` and changes
   * nothing; the same id for another customer, type or product is a BAD_REQUEST. The event and its effects (ownership, spend, points, usage, tier) are written in one transaction.
   */
  recordEvent: Maybe<RecordEventPayload>;
  /**
   * Records a response (shown, clicked, accepted, dismissed) to an action of a decision recorded by `decide`.
   * Idempotent on `input.responseId`, which defaults to `decisionId:sku:type`; the same id for another decision,
   * product or type is a BAD_REQUEST.
   */
  recordResponse: Maybe<RecordResponsePayload>;
  /**
   * Reloads the rules folder now (the service also does by itself when a file changes, unless CROSSWISE_RULES_WATCH
   * is false). The new rules serve only if they compile and pass every scenario file; otherwise the previous rules keep
   * serving and `lastError` says why. Answers once done, with the rules serving then.
   */
  reloadRules: Maybe<RuleSet>;
  /** Creates or updates a customer profile. Fields left out keep their value (a new customer needs a name). */
  upsertCustomer: Maybe<Customer>;
  /**
   * Creates or updates a product. Fields left out keep their value (a new product needs name, price and margin);
   * `upgradesTo` and `complements`, when given, replace the product's current ones.
   */
  upsertProduct: Maybe<Product>;
  /**
   * Creates or replaces a promotion, idempotently on `input.id`: it becomes what the input says (a left-out option is
   * removed) and applies to exactly the products and categories it names. Decisions use it at once. An invalid input
   * is a BAD_REQUEST naming the field: `validTo` not after `validFrom`, `percentOff` outside (0, 100), an `amountOff`
   * not below the price of a product it reaches, an unknown sku (`input.skus`) or category (`input.categories`); for a
   * gift promotion (`input.giftSku`): an unknown gift, a gift that is one of the promotion's own products (named or in
   * a category it names), a gift with `percentOff`, `amountOff` or `bundle`.
   */
  upsertPromotion: Maybe<Promotion>;
};


/**
 * Everything that writes. Each mutation commits on its own, in one transaction (`recomputeCoPurchases` in batches), in
 * the order asked: in a request with several, one that fails answers null and those before it stay written. Writes
 * keyed by an id (event, response, product, customer) are idempotent: replaying them with the same id changes nothing.
 * `decide` records a new decision per call.
 */
export type MutationDecideArgs = {
  at: InputMaybe<Scalars['DateTime']['input']>;
  channel: InputMaybe<Channel>;
  context: InputMaybe<DecisionContext>;
  customerId: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  locale: InputMaybe<Scalars['String']['input']>;
  requestId: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Everything that writes. Each mutation commits on its own, in one transaction (`recomputeCoPurchases` in batches), in
 * the order asked: in a request with several, one that fails answers null and those before it stay written. Writes
 * keyed by an id (event, response, product, customer) are idempotent: replaying them with the same id changes nothing.
 * `decide` records a new decision per call.
 */
export type MutationEndPromotionArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Everything that writes. Each mutation commits on its own, in one transaction (`recomputeCoPurchases` in batches), in
 * the order asked: in a request with several, one that fails answers null and those before it stay written. Writes
 * keyed by an id (event, response, product, customer) are idempotent: replaying them with the same id changes nothing.
 * `decide` records a new decision per call.
 */
export type MutationLinkVisitorArgs = {
  customerId: Scalars['ID']['input'];
  visitorId: Scalars['ID']['input'];
};


/**
 * Everything that writes. Each mutation commits on its own, in one transaction (`recomputeCoPurchases` in batches), in
 * the order asked: in a request with several, one that fails answers null and those before it stay written. Writes
 * keyed by an id (event, response, product, customer) are idempotent: replaying them with the same id changes nothing.
 * `decide` records a new decision per call.
 */
export type MutationRecomputeCoPurchasesArgs = {
  minSupport?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Everything that writes. Each mutation commits on its own, in one transaction (`recomputeCoPurchases` in batches), in
 * the order asked: in a request with several, one that fails answers null and those before it stay written. Writes
 * keyed by an id (event, response, product, customer) are idempotent: replaying them with the same id changes nothing.
 * `decide` records a new decision per call.
 */
export type MutationRecordEventArgs = {
  input: EventInput;
};


/**
 * Everything that writes. Each mutation commits on its own, in one transaction (`recomputeCoPurchases` in batches), in
 * the order asked: in a request with several, one that fails answers null and those before it stay written. Writes
 * keyed by an id (event, response, product, customer) are idempotent: replaying them with the same id changes nothing.
 * `decide` records a new decision per call.
 */
export type MutationRecordResponseArgs = {
  input: ResponseInput;
};


/**
 * Everything that writes. Each mutation commits on its own, in one transaction (`recomputeCoPurchases` in batches), in
 * the order asked: in a request with several, one that fails answers null and those before it stay written. Writes
 * keyed by an id (event, response, product, customer) are idempotent: replaying them with the same id changes nothing.
 * `decide` records a new decision per call.
 */
export type MutationUpsertCustomerArgs = {
  input: CustomerInput;
};


/**
 * Everything that writes. Each mutation commits on its own, in one transaction (`recomputeCoPurchases` in batches), in
 * the order asked: in a request with several, one that fails answers null and those before it stay written. Writes
 * keyed by an id (event, response, product, customer) are idempotent: replaying them with the same id changes nothing.
 * `decide` records a new decision per call.
 */
export type MutationUpsertProductArgs = {
  input: ProductInput;
};


/**
 * Everything that writes. Each mutation commits on its own, in one transaction (`recomputeCoPurchases` in batches), in
 * the order asked: in a request with several, one that fails answers null and those before it stay written. Writes
 * keyed by an id (event, response, product, customer) are idempotent: replaying them with the same id changes nothing.
 * `decide` records a new decision per call.
 */
export type MutationUpsertPromotionArgs = {
  input: PromotionInput;
};

/**
 * The incentive an action carries: what the customer pays and saves, until when, and the message that says it. A
 * storefront may read every field but `promotion`'s budgets.
 */
export type Offer = {
  __typename?: 'Offer';
  /** The promotion's real end; null when the offer does not end (free shipping). */
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  kind: OfferKind;
  /**
   * Customer-facing: the saving said plainly, e.g. `Save €7.00 on Silk knit tie: €28.00 instead of €35.00 with Winter
   * accessories week, until 31 December 2026, 23:00 UTC.`, in the operation's `locale` (English without one), as
   * `offer.<KIND>.message` of `rules/messages/messages_<language>.properties` words it.
   */
  message: Scalars['String']['output'];
  /** What the customer pays for the offered products (EUR). */
  price: Scalars['Float']['output'];
  /** The products offered: the action's product, for a bundle the rest of it, for a gift the action's product then the gift. */
  products: Array<Product>;
  /** The promotion behind it; null for an incentive that is no promotion's. */
  promotion: Maybe<Promotion>;
  /** What the customer saves (EUR): the discount, for FREE_SHIPPING the shipping fee, for GIFT the gift's list price. */
  saving: Scalars['Float']['output'];
};

/** What an action's incentive is. */
export type OfferKind =
  /** The rest of a bundle the customer owns or carts part of, with the whole bundle's saving: `products` are the rest, `price` what they cost together. */
  | 'BUNDLE'
  /** A promotion's discount on the product. */
  | 'DISCOUNT'
  /** A product before its launch, for a loyalty tier (Gold and up in the shipped rules): at its price, `expiresAt` the launch. */
  | 'EARLY_ACCESS'
  /** An add-on that takes the cart over the free-shipping threshold. */
  | 'FREE_SHIPPING'
  /** A gift promotion's gift with the product: `price` the product's price, `saving` the gift's list price, `products` the product and the gift. */
  | 'GIFT';

export type Ownership = {
  __typename?: 'Ownership';
  gift: Scalars['Boolean']['output'];
  /** The order of the latest purchase. */
  orderId: Maybe<Scalars['ID']['output']>;
  /** Unit price paid at the latest purchase. */
  price: Maybe<Scalars['Float']['output']>;
  product: Product;
  /** Units bought over all purchases. */
  quantity: Maybe<Scalars['Int']['output']>;
  /** True once every unit bought was returned (RETURN events); returned products are not owned for completion and ecosystem gaps. */
  returned: Scalars['Boolean']['output'];
  /** The latest purchase. */
  since: Scalars['DateTime']['output'];
  usagePercent: Maybe<Scalars['Float']['output']>;
};

export type Placement =
  | 'ACCOUNT'
  | 'CAMPAIGN'
  | 'CART'
  | 'CHECKOUT'
  | 'HOME'
  | 'PRODUCT';

export type Product = {
  __typename?: 'Product';
  category: Maybe<Scalars['String']['output']>;
  /** A merchandiser's pairings. */
  complements: Array<Complement>;
  consumable: Scalars['Boolean']['output'];
  /** ISO 4217, e.g. `EUR`: what the shop said, else EUR. */
  currency: Scalars['String']['output'];
  /** A consumable's replenishment cycle in days. */
  cycleDays: Maybe<Scalars['Int']['output']>;
  /** A short text for a product card; null when the shop has not said. */
  description: Maybe<Scalars['String']['output']>;
  family: Maybe<Scalars['String']['output']>;
  giftable: Scalars['Boolean']['output'];
  /** The picture for a product card: an absolute URL or a path of the shop's site; null when the shop has not said. */
  imageUrl: Maybe<Scalars['String']['output']>;
  launchedAt: Maybe<Scalars['DateTime']['output']>;
  /**
   * Where the product is on an upgrade path: ENTRY, INTERMEDIATE or ADVANCED when written through upsertProduct (the
   * ProductLevel values). A String, not the enum, so that another value written in Neo4j Browser shows as it is
   * instead of turning this field into an error.
   */
  level: Maybe<Scalars['String']['output']>;
  /** Margin as a fraction of the price; null when the shop has not said (then neither held back by the margin floor nor favoured: a neutral value in the score). */
  margin: Maybe<Scalars['Float']['output']>;
  /** The lowest loyalty tier the product may be offered to. */
  minTier: Maybe<Tier>;
  name: Scalars['String']['output'];
  premium: Scalars['Boolean']['output'];
  /** In `currency`. */
  price: Scalars['Float']['output'];
  /** SPRING, SUMMER, AUTUMN or WINTER for seasonal products (the Season values; a String for the same reason as level). */
  season: Maybe<Scalars['String']['output']>;
  sku: Scalars['ID']['output'];
  /** Units in stock; null when the shop has not said (unknown is not out of stock: only a known 0 holds it back). */
  stock: Maybe<Scalars['Int']['output']>;
  /** The next level or premium alternatives. */
  upgradesTo: Array<Product>;
  /** The product page: an absolute URL or a path of the shop's site; null when the shop has not said. */
  url: Maybe<Scalars['String']['output']>;
};

/**
 * A product's description. Fields left out keep their current value; `imageUrl`, `url` and `description` are removed
 * by an empty string.
 */
export type ProductInput = {
  /** Age range of the child a kids' product fits, in years. */
  ageFrom?: InputMaybe<Scalars['Int']['input']>;
  ageTo?: InputMaybe<Scalars['Int']['input']>;
  /** Id of an existing category; replaces the current one. */
  category?: InputMaybe<Scalars['ID']['input']>;
  /** A merchandiser's pairings; replaces the current ones ([] removes them). */
  complements?: InputMaybe<Array<ComplementInput>>;
  consumable?: InputMaybe<Scalars['Boolean']['input']>;
  /** The currency of `price`: an ISO 4217 code such as `EUR`, `USD`, `GBP`. Never given: EUR. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** A consumable's replenishment cycle in days, at least 1. */
  cycleDays?: InputMaybe<Scalars['Int']['input']>;
  /** A short text for a card, at most 2000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Id of an existing family (ecosystem); replaces the current one. */
  family?: InputMaybe<Scalars['ID']['input']>;
  giftable?: InputMaybe<Scalars['Boolean']['input']>;
  /** The product's picture for a card: an absolute http(s) URL, or a path of the shop's site starting with `/`. */
  imageUrl?: InputMaybe<Scalars['String']['input']>;
  launchedAt?: InputMaybe<Scalars['DateTime']['input']>;
  level?: InputMaybe<ProductLevel>;
  /** Margin as a fraction of the price, 0..1; required for a new product. */
  margin?: InputMaybe<Scalars['Float']['input']>;
  /** The lowest loyalty tier the product may be offered to. */
  minTier?: InputMaybe<Tier>;
  /** Required for a new product. */
  name?: InputMaybe<Scalars['String']['input']>;
  premium?: InputMaybe<Scalars['Boolean']['input']>;
  /** Price in `currency`, 0..1000000000; required for a new product. */
  price?: InputMaybe<Scalars['Float']['input']>;
  season?: InputMaybe<Season>;
  sku: Scalars['ID']['input'];
  /** Units in stock, at least 0. Left out on a new product: unknown, which does not hold it back as out of stock. */
  stock?: InputMaybe<Scalars['Int']['input']>;
  /** Skus of the next level or premium alternatives; replaces the current ones ([] removes them). */
  upgradesTo?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The product page: an absolute http(s) URL, or a path starting with `/`. */
  url?: InputMaybe<Scalars['String']['input']>;
};

export type ProductLevel =
  | 'ADVANCED'
  | 'ENTRY'
  | 'INTERMEDIATE';

export type ProductMetrics = {
  __typename?: 'ProductMetrics';
  attributedPurchases: Scalars['Int']['output'];
  attributedRevenue: Scalars['Float']['output'];
  /** Exposures bought as a result / exposures. */
  conversionRate: Rate;
  exposures: Scalars['Int']['output'];
  product: Product;
};

/**
 * A percentage or an amount off some products, or a gift with them (`giftSku`), for a while. It applies to the products
 * it names and to every product of the categories it names, sub-categories included. It is offered only when a rule
 * attaches it (see the README's rules on incentives) and the guardrails let it through: the margin floor judges the
 * price after the discount (or the margin after the gift's cost), and a gift out of stock is not given.
 */
export type Promotion = {
  __typename?: 'Promotion';
  /** An amount off the price (EUR); null when `percentOff` is set, and for a gift promotion. */
  amountOff: Maybe<Scalars['Float']['output']>;
  /** At most this much saving (EUR) promised by recorded offers (a gift's: its list price); null for no limit. */
  budgetAmount: Maybe<Scalars['Float']['output']>;
  /** False once either budget is used up: then it is offered no more. */
  budgetLeft: Scalars['Boolean']['output'];
  /** At most this many recorded offers (`decide`) carry it; null for no limit. */
  budgetUnits: Maybe<Scalars['Int']['output']>;
  /**
   * The products are a bundle, sold together: the discount is on the whole bundle (the products' prices added up), and a
   * customer who owns or carts part of it is offered the rest with that saving (`OfferKind.BUNDLE`).
   */
  bundle: Scalars['Boolean']['output'];
  /** The categories named; their products and those of their sub-categories are discounted. */
  categories: Array<Scalars['ID']['output']>;
  /** Only on these channels (a decision asked for one of them); empty for every channel. */
  channels: Array<Channel>;
  /** When `endPromotion` ended it early; null otherwise. */
  endedAt: Maybe<Scalars['DateTime']['output']>;
  /** The gift's product; null for a discount (or a gift deleted since). */
  gift: Maybe<Product>;
  /**
   * A gift promotion's gift: the product given free with each of its products, which are sold at their price
   * (`OfferKind.GIFT`); null for a discount.
   */
  giftSku: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  /** Only for customers of this tier and up; null for everyone. */
  minTier: Maybe<Tier>;
  /** Said to the customer in the offer's message, e.g. `Winter accessories week`. */
  name: Scalars['String']['output'];
  /** Percent off the price, above 0 and below 100; null when `amountOff` is set, and for a gift promotion. */
  percentOff: Maybe<Scalars['Float']['output']>;
  /** The products named directly. */
  skus: Array<Scalars['ID']['output']>;
  /** The savings those offers promised, added up (EUR). */
  usedAmount: Scalars['Float']['output'];
  /** Recorded offers that carried it so far. */
  usedUnits: Scalars['Int']['output'];
  validFrom: Scalars['DateTime']['output'];
  /** The planned end: an offer's `expiresAt`. */
  validTo: Scalars['DateTime']['output'];
};

/**
 * The whole promotion, as it should be. Exactly one of `percentOff` and `amountOff` — or, for a gift promotion, `giftSku`
 * and neither; at least one sku or category.
 */
export type PromotionInput = {
  amountOff?: InputMaybe<Scalars['Float']['input']>;
  budgetAmount?: InputMaybe<Scalars['Float']['input']>;
  budgetUnits?: InputMaybe<Scalars['Int']['input']>;
  /** The skus are a bundle sold together (at least two products, no categories); an `amountOff` is then off the whole bundle. */
  bundle?: InputMaybe<Scalars['Boolean']['input']>;
  categories?: InputMaybe<Array<Scalars['ID']['input']>>;
  channels?: InputMaybe<Array<Channel>>;
  /**
   * A gift with the purchase: this product (it must exist) is given free with each of the promotion's products. Not one
   * of them (named or in a category named), and not with `percentOff`, `amountOff` or `bundle`: a discount and a gift on
   * the same products are two promotions, and a decision offers the one that saves the customer more.
   */
  giftSku?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  minTier?: InputMaybe<Tier>;
  name: Scalars['String']['input'];
  percentOff?: InputMaybe<Scalars['Float']['input']>;
  skus?: InputMaybe<Array<Scalars['ID']['input']>>;
  validFrom: Scalars['DateTime']['input'];
  validTo: Scalars['DateTime']['input'];
};

/** What one promotion cost and earned in a report's period. */
export type PromotionSpend = {
  __typename?: 'PromotionSpend';
  /** Purchase lines credited to those exposures. */
  attributedPurchases: Scalars['Int']['output'];
  /** What those lines sold for (the price paid), EUR. */
  attributedRevenue: Scalars['Float']['output'];
  /** The discount actually given on them: list price less the price paid, EUR; for a gift promotion, the gift's list price per credited line. */
  discount: Scalars['Float']['output'];
  /** The period's exposures whose offer carried it (what its unit budget counts). */
  offers: Scalars['Int']['output'];
  /** The savings those offers promised (what its money budget counts), EUR. */
  promisedSavings: Scalars['Float']['output'];
  /** Null when the promotion was deleted since. */
  promotion: Maybe<Promotion>;
  promotionId: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  /**
   * Bundles proposed from the orders, for a merchandiser to approve: the product pairs bought together most often
   * (`BOUGHT_WITH` with lift above 1 and at least `minSupport` shared baskets, default 2), both with a price, not yet a
   * bundle together; strongest support first, at most `limit` (default 10, at most 100). Nothing is written: approve
   * one with `upsertPromotion(input: {bundle: true, skus: [...], percentOff: ...})`.
   */
  bundleSuggestions: Array<BundleSuggestion>;
  /** A customer profile, or null when the id is unknown. */
  customer: Maybe<Customer>;
  /** One experiment by its `name`, with its results so far; null when no serving experiment has that name. */
  experiment: Maybe<Experiment>;
  /** Every experiment serving now (`rules/experiments/*.yaml`), with its results so far. Analyst and admin keys only. */
  experiments: Array<Experiment>;
  /**
   * Did the offers work? The playbook's metrics for the decisions recorded (`decide`) in [from, to): what was shown,
   * clicked, accepted, dismissed, and the purchases credited to it (attribution: a click-through within 7 days of a
   * CLICKED or ACCEPTED response, else a view-through within 1 day of the exposure; the windows are configuration).
   * Responses and credited purchases count with the decision they answer, whenever they came; order values (AOV) and
   * the return rate of all items count the purchases made in the period. Broken down by `groupBy` (one group per
   * combination of values) and by time (`interval`: one point per bucket, in UTC, empty buckets included).
   * Analyst and admin keys only.
   */
  metrics: Maybe<MetricsReport>;
  /** A product, or null when the sku is unknown. */
  product: Maybe<Product>;
  /**
   * The promotions, read fresh (with the budget their recorded offers used so far), by id. With `activeAt`, only those
   * running then: started, not past their end, not ended (a promotion whose budget is used up is listed, with
   * `budgetLeft` false).
   */
  promotions: Array<Promotion>;
  /**
   * The rules serving now (version, files, rules), how they did on the scenario files of `rules/scenarios/`, and —
   * when the newest change to the rules folder was rejected — why, with file, line and column.
   */
  ruleSet: Maybe<RuleSet>;
  /**
   * What would we say if these events had happened? Answers like `whatNext` for the customer's graph plus the
   * simulated events and profile changes, held in memory only: nothing is written. A simulated purchase earns its spend
   * and points (one unit at the product's price) and a return takes back the price paid, as real events do; the
   * decision's `customer` shows the result. With `rules`, the same decision is
   * also made with those candidate rules and the differences are listed, so a rule change can be tried before it is saved.
   */
  simulate: Maybe<Simulation>;
  /**
   * What to offer this customer next: a ranked list of actions with reasons, and what guardrails removed.
   * Pure: it records nothing. `at` (default: now) asks "what would we have said then?".
   * Without `customerId`, the decision is for an anonymous visitor, from `context` alone: the product looked at
   * (`productSku`: bought together with it, its pairings, its premium alternative), the cart (`cartSkus`: add-ons) and
   * the shop's best sellers and trending products (POPULAR). Its `customer` is null, its channel is WEB, and the
   * guardrails that need a customer (ownership, consent, caps, price range, timing trap) are skipped, as each action's
   * reasons say.
   */
  whatNext: Decision;
};


export type QueryBundleSuggestionsArgs = {
  limit: InputMaybe<Scalars['Int']['input']>;
  minSupport: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCustomerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryExperimentArgs = {
  name: Scalars['String']['input'];
};


export type QueryMetricsArgs = {
  from: Scalars['DateTime']['input'];
  groupBy: InputMaybe<Array<MetricDimension>>;
  interval: InputMaybe<MetricInterval>;
  to: Scalars['DateTime']['input'];
};


export type QueryProductArgs = {
  sku: Scalars['ID']['input'];
};


export type QueryPromotionsArgs = {
  activeAt: InputMaybe<Scalars['DateTime']['input']>;
};


export type QuerySimulateArgs = {
  at: InputMaybe<Scalars['DateTime']['input']>;
  channel: InputMaybe<Channel>;
  context: InputMaybe<DecisionContext>;
  customerId: Scalars['ID']['input'];
  events: InputMaybe<Array<SimulatedEventInput>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  profile: InputMaybe<SimulatedProfileInput>;
  rules: InputMaybe<CandidateRules>;
};


export type QueryWhatNextArgs = {
  at: InputMaybe<Scalars['DateTime']['input']>;
  channel: InputMaybe<Channel>;
  context: InputMaybe<DecisionContext>;
  customerId: InputMaybe<Scalars['ID']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  locale: InputMaybe<Scalars['String']['input']>;
};

/** A rate with its parts: 0 of 0 is `value: null`, not 0 %. */
export type Rate = {
  __typename?: 'Rate';
  denominator: Scalars['Float']['output'];
  numerator: Scalars['Float']['output'];
  value: Maybe<Scalars['Float']['output']>;
};

/** Why an action is there: the graph path, the rules that fired, the score factors. */
export type Reason = {
  __typename?: 'Reason';
  kind: ReasonKind;
  /** For candidates: the graph path, node by node (e.g. customer, owned product, solution, missing product). */
  path: Maybe<Array<Scalars['String']['output']>>;
  /** The DRL rule name, or the graph traversal name for candidates. */
  rule: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

/**
 * What a reason explains. An action's reasons come in this order: CANDIDATE; MOMENT; the rules' score levers (SCORE);
 * their LOYALTY and GUARDRAIL notes, as concluded; INCENTIVE, for an action with an `offer`; CHANNEL; last the score
 * itself (SCORE).
 */
export type ReasonKind =
  /** Where the candidate came from: the traversal and its graph `path`. */
  | 'CANDIDATE'
  /** Why this channel. */
  | 'CHANNEL'
  /** A guardrail rule's remark on an action it let through (what guardrails removed is in `Decision.suppressed`). */
  | 'GUARDRAIL'
  /** The incentive of the action's `offer`: which promotion, which rule attached it, the margin left after it. */
  | 'INCENTIVE'
  /** A loyalty tier's benefit or milestone. */
  | 'LOYALTY'
  /** Why now: the timing moment of the action's `moment`, or — with `moment` null — a replenishment coming due. */
  | 'MOMENT'
  /** A factor of the score, and last the score itself. */
  | 'SCORE';

export type RecordEventPayload = {
  __typename?: 'RecordEventPayload';
  /** True when this `eventId` had been recorded before: nothing was changed. */
  duplicate: Scalars['Boolean']['output'];
  /** The stored event; for a duplicate, the one recorded first. */
  event: Event;
};

export type RecordResponsePayload = {
  __typename?: 'RecordResponsePayload';
  /** True when this response id had been recorded before: nothing was changed. */
  duplicate: Scalars['Boolean']['output'];
  /** The stored response; for a duplicate, the one recorded first. */
  response: Response;
};

export type Response = {
  __typename?: 'Response';
  at: Scalars['DateTime']['output'];
  decisionId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  product: Product;
  type: ResponseType;
};

/** A customer's response to one action of a recorded decision. */
export type ResponseInput = {
  /** When it happened (default: now). */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  /** The `Decision.id` returned by `decide`. */
  decisionId: Scalars['ID']['input'];
  /** Unique id of this response; default `decisionId:sku:type` (one response of each type per action). */
  responseId?: InputMaybe<Scalars['ID']['input']>;
  /** The product of the action responded to; must be one of the decision's actions. */
  sku: Scalars['ID']['input'];
  type: ResponseType;
};

export type ResponseType =
  | 'ACCEPTED'
  | 'CLICKED'
  | 'DISMISSED'
  | 'SHOWN';

/** One rule of a rule set. */
export type Rule = {
  __typename?: 'Rule';
  /** The file, relative to the rules folder. */
  file: Maybe<Scalars['String']['output']>;
  /** The quoted name after `rule` in the DRL file; it appears in the reasons of actions. */
  name: Scalars['String']['output'];
  /** The DRL package (the folder). */
  packageName: Scalars['String']['output'];
};

export type RuleCount = {
  __typename?: 'RuleCount';
  count: Scalars['Int']['output'];
  rule: Scalars['String']['output'];
};

/** One DRL file of a candidate rule set. */
export type RuleFileInput = {
  content: Scalars['String']['input'];
  /** Relative to the rules folder, e.g. `settings/thresholds.drl`. */
  path: Scalars['String']['input'];
};

/** Why a change to the rules folder was rejected. The rules that served before keep serving. */
export type RuleLoadError = {
  __typename?: 'RuleLoadError';
  /** When the change was rejected. */
  at: Scalars['DateTime']['output'];
  /** Scenarios the new rules failed, each with what differed. */
  failedScenarios: Array<ScenarioFailure>;
  /** Compile problems of DRL files, or scenario files that cannot be read; empty when the scenarios failed. */
  problems: Array<RuleProblem>;
  /** What asked for the reload: `file change` or `reloadRules`. */
  trigger: Scalars['String']['output'];
};

/** A problem in one file, located so an analyst can jump to it; line and column are 0 when unknown. */
export type RuleProblem = {
  __typename?: 'RuleProblem';
  column: Scalars['Int']['output'];
  /** Relative to the rules folder, e.g. `timing/post-purchase.drl` or `scenarios/post-purchase.yaml`. */
  file: Scalars['String']['output'];
  line: Scalars['Int']['output'];
  message: Scalars['String']['output'];
};

/** A compiled set of rules, and how the newest change to the rules folder went. */
export type RuleSet = {
  __typename?: 'RuleSet';
  /**
   * Why the experiment files (`rules/experiments/`) as they are now do not serve, with file and line: a file's mistake,
   * leakage between two experiments, an arm's rules that do not compile. The previous experiments keep serving until
   * every problem is fixed; empty when the files serve as they are.
   */
  experimentProblems: Array<RuleProblem>;
  /** The DRL files, relative to the rules folder, e.g. `timing/post-purchase.drl`. */
  files: Array<Scalars['String']['output']>;
  /** Why the newest change does not serve; null when the rules folder serves as it is. */
  lastError: Maybe<RuleLoadError>;
  /** When this rule set was compiled. */
  loadedAt: Scalars['DateTime']['output'];
  /**
   * Why a message template file (`rules/messages/*.properties`) is not taken, with its line; empty when every file
   * serves. A file with a problem is set aside whole: its language keeps the texts it had (at start: English).
   */
  messageProblems: Array<RuleProblem>;
  /** Every rule name, sorted. */
  ruleNames: Array<Scalars['String']['output']>;
  /** Every rule with the file it is written in. */
  rules: Array<Rule>;
  /** How these rules did on the scenario files when they were loaded; null when not checked (yet). */
  scenarios: Maybe<ScenarioCheck>;
  /** Which rules serve: a counter of compiles (rejected changes and simulated rules count too) and a hash of the DRL files, e.g. `3-9f2c41d0a7b3`; every Decision carries it. */
  version: Scalars['String']['output'];
};

export type SampleRatio = {
  __typename?: 'SampleRatio';
  /** True when pValue < 0.001: the split is not what the weights say (assignment or recording is broken). */
  flagged: Scalars['Boolean']['output'];
  /** Chi-square test of assigned customers against the weights; null while fewer than one customer per arm is expected. */
  pValue: Maybe<Scalars['Float']['output']>;
};

/** The scenario files run against a rule set. */
export type ScenarioCheck = {
  __typename?: 'ScenarioCheck';
  at: Scalars['DateTime']['output'];
  failed: Scalars['Int']['output'];
  failures: Array<ScenarioFailure>;
  passed: Scalars['Int']['output'];
  /** Scenarios whose customer is not in this graph (e.g. the demo customers on a production graph). */
  skipped: Scalars['Int']['output'];
};

/** A scenario that did not come out as its file expects. */
export type ScenarioFailure = {
  __typename?: 'ScenarioFailure';
  /** The decision's actions and suppressions, one line each. */
  actual: Array<Scalars['String']['output']>;
  /** Each expectation that failed: what was expected and what came instead. */
  differences: Array<Scalars['String']['output']>;
  /** Relative to the rules folder, e.g. `scenarios/post-purchase.yaml`. */
  file: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type Season =
  | 'AUTUMN'
  | 'SPRING'
  | 'SUMMER'
  | 'WINTER';

/** An event that did not happen, for a simulation. */
export type SimulatedEventInput = {
  /** When it happened (default: the decision time); never after it. */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  /** PURCHASE: bought as a gift. */
  gift?: InputMaybe<Scalars['Boolean']['input']>;
  /** SUPPORT_RESOLVED: 1..5. */
  satisfaction?: InputMaybe<Scalars['Int']['input']>;
  /** The product; required for PURCHASE, RETURN, VIEW, CART_ADD, CART_REMOVE and USAGE. */
  sku?: InputMaybe<Scalars['ID']['input']>;
  /** TIER_CHANGED: the new tier. */
  tier?: InputMaybe<Tier>;
  type: EventType;
  /** USAGE: 0..100. */
  usagePercent?: InputMaybe<Scalars['Float']['input']>;
};

/** Profile changes for a simulation; absent fields keep the graph's value. */
export type SimulatedProfileInput = {
  /** The channels the customer consents to (replaces the graph's consents; the web shop needs none). */
  consents?: InputMaybe<Array<Channel>>;
  optedOut?: InputMaybe<Scalars['Boolean']['input']>;
  tier?: InputMaybe<Tier>;
};

/** The answer to a what-if. */
export type Simulation = {
  __typename?: 'Simulation';
  /** What the simulation assumed, in words: each simulated event and profile change, and the limits of a simulation. */
  assumptions: Array<Scalars['String']['output']>;
  /** The same decision with the candidate rules; null without `rules` or when they do not compile. */
  candidate: Maybe<Decision>;
  /** Why the candidate rules do not compile; empty when they do or none were given. */
  candidateProblems: Array<RuleProblem>;
  /** The decision with the rules serving now, on the graph plus the simulated events and profile. */
  decision: Decision;
  /** What changes from `decision` to `candidate`; null without a candidate. */
  diff: Maybe<SimulationDiff>;
};

/** What candidate rules change in a decision; products are matched by sku. */
export type SimulationDiff = {
  __typename?: 'SimulationDiff';
  /** Actions only the candidate rules propose. */
  appeared: Array<Action>;
  /** Products both propose, with a different rank, strategy, moment, channel or score. */
  changed: Array<ActionChange>;
  /** Actions only the rules serving now propose. */
  disappeared: Array<Action>;
  /** The rules serving now. */
  fromVersion: Scalars['String']['output'];
  /** Removals by a guardrail that only the candidate rules make. */
  newlySuppressed: Array<Suppression>;
  /** Removals that the candidate rules no longer make. */
  noLongerSuppressed: Array<Suppression>;
  /** The candidate rules. */
  toVersion: Scalars['String']['output'];
};

export type Strategy =
  | 'COMPLEMENT'
  | 'COMPLETION'
  | 'ECOSYSTEM'
  | 'EVOLUTION'
  /** What sells: best sellers, trending products and the best sellers of the customer's categories (cold start, backfill). */
  | 'POPULAR'
  /** Buying again what runs out: a merchandiser's cycle, a gift that comes round, or a repeat purchase learned from orders. */
  | 'REPLENISHMENT'
  | 'UPSELL';

/** A candidate removed by a guardrail. */
export type Suppression = {
  __typename?: 'Suppression';
  product: Product;
  reason: Scalars['String']['output'];
  /** The DRL rule that removed it. */
  rule: Scalars['String']['output'];
  strategy: Strategy;
};

export type Tier =
  | 'BRONZE'
  | 'GOLD'
  | 'PLATINUM'
  | 'SILVER';
