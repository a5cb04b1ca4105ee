package dev.crosswise.demo;

import dev.crosswise.decision.Decision;
import dev.crosswise.decision.DecisionContextInput;
import dev.crosswise.decision.DecisionService;
import dev.crosswise.decision.Placement;
import dev.crosswise.event.EventInput;
import dev.crosswise.event.EventRecorder;
import dev.crosswise.event.EventType;
import dev.crosswise.exposure.Exposures;
import dev.crosswise.graph.Graph;
import dev.crosswise.response.ResponseInput;
import dev.crosswise.response.ResponseRecorder;
import dev.crosswise.response.ResponseType;
import dev.crosswise.rules.facts.Channel;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.neo4j.driver.Value;

/**
 * One demo shopper's weeks, lived through the service's own code paths, in the order they happen: decisions as
 * {@code decide} records them, responses as {@code recordResponse}, purchases and returns as {@code recordEvent} — so
 * attribution is whatever the real rule makes of them. What the shopper does next is drawn when a step happens and
 * queued by time; whatever would happen after the end of the weeks does not happen.
 *
 * <p>Every id is fixed (decisions, events, orders, responses by default), so weeks lived again after a crash write
 * nothing twice: events and responses are replays, and a decision already recorded is read back instead of decided
 * again (the graph has moved on since, and would answer otherwise).
 */
final class ShopperWeeks {

    /** Actions per decision: a slot on a page, a push, an email's block. */
    static final int ACTIONS = 3;
    /** Chance a seen action gets clicked, by rank: a page's are seen with the page, an email's once it is opened. */
    private static final double[] CLICK_BY_RANK = {0.24, 0.15, 0.10};
    private static final double EMAIL_OPENED = 0.7;
    private static final double PAGE_SEEN = 0.95;
    private static final double ACCEPTED_AFTER_CLICK = 0.4;
    private static final double BOUGHT_AFTER_ACCEPT = 0.6;
    private static final double BOUGHT_AFTER_CLICK = 0.3;
    /** Of the purchases after a click, the share made later than the click-through window. */
    private static final double BOUGHT_TOO_LATE = 0.15;
    private static final double DISMISSED = 0.12;
    /** Bought without a click: within the view-through window, or a day or two after it. */
    private static final double BOUGHT_AFTER_VIEW = 0.05;
    private static final double BOUGHT_AFTER_VIEW_LATE = 0.03;
    private static final double RETURNED = 0.05;

    /** The decisions an earlier, interrupted start recorded for the shopper, with their offers by rank. */
    private static final String RECORDED_OFFERS = """
            MATCH (:Customer {id: $customerId})<-[:FOR]-(d:Decision)
            WHERE d.id STARTS WITH $prefix
            RETURN d.id AS id, COLLECT { MATCH (d)-[o:OFFERED]->(p:Product) RETURN p.sku ORDER BY o.rank } AS offered
            """;

    private final DecisionService decisions;
    private final Exposures exposures;
    private final ResponseRecorder responses;
    private final EventRecorder events;
    private final Graph graph;

    ShopperWeeks(DecisionService decisions, Exposures exposures, ResponseRecorder responses, EventRecorder events,
                 Graph graph) {
        this.decisions = decisions;
        this.exposures = exposures;
        this.responses = responses;
        this.events = events;
        this.graph = graph;
    }

    /**
     * Lives {@code shopper}'s first purchases, then the days from {@code firstDay} up to {@code end}: a handful of
     * decisions in the daytime, what the shopper does with each action, a few purchases of their own, a rare return.
     */
    DemoTally live(DemoShopper shopper, Random random, Instant firstDay, Instant end) {
        Life life = new Life(shopper, random, end);
        for (int i = 0; i < shopper.firstPurchases().size(); i++) {
            // separate orders, days apart: demo baskets add no "bought together" pair to the seed's
            life.purchase(shopper.firstPurchases().get(i), shopper.firstPurchasedAt().plus(Duration.ofDays(3L * i)));
        }
        long days = Duration.between(firstDay, end).toDays() + 1;
        int decisionCount = 4 + random.nextInt(6);
        List<Instant> decisionTimes = IntStream.range(0, decisionCount)
                .mapToObj(i -> firstDay.plus(Duration.ofDays(random.nextLong(days))
                        .plusHours(7 + random.nextInt(14)).plusMinutes(random.nextInt(60))))
                .sorted().toList();
        decisionTimes.forEach(at -> life.then(at, () -> life.decide(at)));
        int ownPurchases = 1 + random.nextInt(3);
        for (int i = 0; i < ownPurchases; i++) {
            String sku = pick(random, shopper.interest().browsed);
            Instant at = firstDay.plus(Duration.ofMinutes(random.nextLong(days * 24 * 60)));
            life.then(at, () -> life.purchase(sku, at));
        }
        life.run();
        return life.tally;
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static Duration minutes(Random random, long from, long to) {
        return Duration.ofMinutes(from + random.nextLong(to - from + 1));
    }

    /** The steps of one shopper's weeks, run in time order, and the ids they are recorded with. */
    private final class Life {

        private record Step(Instant at, long order, Runnable run) {
        }

        private final DemoShopper shopper;
        private final Random random;
        private final Instant end;
        private final PriorityQueue<Step> steps = new PriorityQueue<>(
                Comparator.comparing(Step::at).thenComparingLong(Step::order));
        private final DemoTally tally = new DemoTally();
        private long queued;
        private int decisionNumber;
        private int eventNumber;

        /** The offers of the decisions an earlier, interrupted start recorded, by decision id; usually none. */
        private final Map<String, List<String>> recorded;

        Life(DemoShopper shopper, Random random, Instant end) {
            this.shopper = shopper;
            this.random = random;
            this.end = end;
            this.recorded = graph.read(RECORDED_OFFERS, Map.of("customerId", shopper.id(), "prefix", "demo-" + shopper.id()))
                    .records().stream().collect(Collectors.toMap(r -> r.get("id").asString(),
                            r -> r.get("offered").asList(Value::asString)));
        }

        void then(Instant at, Runnable step) {
            if (at.isBefore(end)) {
                steps.add(new Step(at, queued++, step));
            }
        }

        void run() {
            while (!steps.isEmpty()) {
                steps.poll().run().run();
            }
        }

        void decide(Instant at) {
            String decisionId = "demo-%s-d%02d".formatted(shopper.id(), ++decisionNumber);
            Placement placement;
            Channel channel;
            String productSku = null;
            double where = random.nextDouble();
            if (where < 0.35) {
                placement = Placement.HOME;
                channel = Channel.WEB;
            } else if (where < 0.6) {
                placement = Placement.PRODUCT;
                channel = Channel.WEB;
                productSku = pick(random, shopper.interest().browsed);
            } else if (where < 0.75 && shopper.mobile()) {
                placement = Placement.ACCOUNT;
                channel = Channel.MOBILE;
            } else if (shopper.email()) {
                placement = Placement.CAMPAIGN;
                channel = Channel.EMAIL;
            } else {
                placement = Placement.ACCOUNT;
                channel = Channel.WEB;
            }
            List<String> offered = recorded.get(decisionId);
            if (offered == null) {
                Decision decided = decisions.whatNext(shopper.id(), channel, ACTIONS, at.atOffset(ZoneOffset.UTC),
                        new DecisionContextInput(placement, productSku, List.of()));
                Decision decision = decided.withId(decisionId);
                exposures.record(decision, placement);
                offered = decision.actions().stream().map(action -> action.product().sku()).toList();
            }
            tally.decisions++;
            tally.exposures += offered.size();
            for (int rank = 0; rank < offered.size(); rank++) {
                react(decisionId, offered.get(rank), rank, at, channel == Channel.EMAIL);
            }
        }

        /** What the shopper does with one action: sees it or not, clicks, accepts, dismisses, buys now or later. */
        private void react(String decisionId, String sku, int rank, Instant decidedAt, boolean email) {
            if (random.nextDouble() >= (email ? EMAIL_OPENED : PAGE_SEEN)) {
                return;
            }
            Instant seenAt = decidedAt.plus(email ? minutes(random, 5, 12 * 60) : minutes(random, 0, 2));
            if (email) {
                // an opened email reports its impressions; a page's actions are shown with the page it decided
                then(seenAt, () -> respond(decisionId, sku, ResponseType.SHOWN, seenAt));
            }
            if (random.nextDouble() < CLICK_BY_RANK[Math.min(rank, CLICK_BY_RANK.length - 1)]) {
                Instant clickedAt = seenAt.plus(minutes(random, 1, 30));
                then(clickedAt, () -> respond(decisionId, sku, ResponseType.CLICKED, clickedAt));
                boolean accepted = random.nextDouble() < ACCEPTED_AFTER_CLICK;
                if (accepted) {
                    Instant acceptedAt = clickedAt.plus(minutes(random, 1, 15));
                    then(acceptedAt, () -> respond(decisionId, sku, ResponseType.ACCEPTED, acceptedAt));
                }
                if (random.nextDouble() < (accepted ? BOUGHT_AFTER_ACCEPT : BOUGHT_AFTER_CLICK)) {
                    Instant boughtAt = clickedAt.plus(random.nextDouble() < BOUGHT_TOO_LATE
                            ? minutes(random, 8 * 24 * 60, 12 * 24 * 60) : minutes(random, 10, 6 * 24 * 60));
                    then(boughtAt, () -> purchase(sku, boughtAt));
                }
                return;
            }
            if (random.nextDouble() < DISMISSED) {
                Instant dismissedAt = seenAt.plus(minutes(random, 1, 10));
                then(dismissedAt, () -> respond(decisionId, sku, ResponseType.DISMISSED, dismissedAt));
                return;
            }
            double buys = random.nextDouble();
            if (buys < BOUGHT_AFTER_VIEW) {
                Instant boughtAt = decidedAt.plus(minutes(random, 60, 22 * 60));
                then(boughtAt, () -> purchase(sku, boughtAt));
            } else if (buys < BOUGHT_AFTER_VIEW + BOUGHT_AFTER_VIEW_LATE) {
                Instant boughtAt = decidedAt.plus(minutes(random, 30 * 60, 72 * 60));
                then(boughtAt, () -> purchase(sku, boughtAt));
            }
        }

        private void respond(String decisionId, String sku, ResponseType type, Instant at) {
            responses.record(new ResponseInput(null, decisionId, sku, type, at.atOffset(ZoneOffset.UTC)));
            tally.responses.merge(type, 1, Integer::sum);
        }

        /** A purchase of one product, an order of its own; now and then returned a few days later. */
        void purchase(String sku, Instant at) {
            String id = nextEventId();
            String orderId = "demo-%s-o%03d".formatted(shopper.id(), eventNumber);
            events.record(new EventInput(id, EventType.PURCHASE, shopper.id(), at.atOffset(ZoneOffset.UTC), sku,
                    orderId, 1, null, false, null, null, null, null, null));
            tally.purchases++;
            if (random.nextDouble() < RETURNED) {
                Instant returnedAt = at.plus(minutes(random, 3 * 24 * 60, 10 * 24 * 60));
                then(returnedAt, () -> giveBack(sku, returnedAt));
            }
        }

        private void giveBack(String sku, Instant at) {
            events.record(new EventInput(nextEventId(), EventType.RETURN, shopper.id(), at.atOffset(ZoneOffset.UTC),
                    sku, null, null, null, null, null, null, null, null, null));
            tally.returns++;
        }

        private String nextEventId() {
            return "demo-%s-e%03d".formatted(shopper.id(), ++eventNumber);
        }

    }
}
