package dev.crosswise.rules;

import dev.crosswise.rules.facts.ChannelPick;
import dev.crosswise.rules.facts.Incentive;
import dev.crosswise.rules.facts.IncentiveRefused;
import dev.crosswise.rules.facts.ListLimit;
import dev.crosswise.rules.facts.LoyaltyStatus;
import dev.crosswise.rules.facts.Note;
import dev.crosswise.rules.facts.ScoreFactor;
import dev.crosswise.rules.facts.Suppression;
import dev.crosswise.rules.facts.Timing;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.drools.core.common.InternalFactHandle;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Runs facts through the current {@link RuleSet}. The rule set is swapped atomically: an evaluation keeps the
 * rule set it started with, so a reload never disturbs a request in flight.
 */
public class RuleEngine {

    /**
     * A runaway rule (one that keeps re-triggering itself) stops here instead of hanging a request: a decision fires
     * about 40–200 rules, so this is 50 times the most, and a runaway is stopped in milliseconds, not seconds.
     */
    static final int MAX_FIRINGS = 10_000;

    /** A rule kept re-triggering itself: the decision stopped after {@link #MAX_FIRINGS} firings. */
    static final class RunawayRuleException extends IllegalStateException {

        private final transient Rule rule;

        RunawayRuleException(String version, int fired, Rule rule) {
            super("Rules " + version + " fired " + fired + " times for one decision: "
                    + (rule == null ? "a rule" : "rule \"" + rule.getName() + "\"") + " keeps re-triggering itself");
            this.rule = rule;
        }

        /** The rule that kept firing; null when it could not be told. */
        Rule rule() {
            return rule;
        }
    }

    /**
     * A consequence threw an Error (an assertion, a recursion without end): Drools wraps what a consequence throws
     * only when it is an exception. Here an evaluation fails the same way whatever the rule threw, so that every
     * caller — a request, a scenario, a reload's check — handles it as the failure of one decision, not as an Error
     * that ends the thread running it.
     */
    static final class RuleErrorException extends IllegalStateException {

        RuleErrorException(String version, Error thrown) {
            super("Rules " + version + " fail while deciding: " + thrown, thrown);
        }
    }

    /** Sessions taken and not yet handed back, over all engines: a leak shows as a number that only grows. */
    private static final AtomicLong OPEN_SESSIONS = new AtomicLong();
    private static final AtomicLong CREATED_SESSIONS = new AtomicLong();

    private final AtomicReference<RuleSet> current;

    public RuleEngine(RuleSet initial) {
        this.current = new AtomicReference<>(initial);
    }

    public RuleSet current() {
        return current.get();
    }

    /** Makes {@code next} the rule set of every evaluation that starts from now on; returns the previous one. */
    public RuleSet swap(RuleSet next) {
        return current.getAndSet(next);
    }

    public RuleOutcome evaluate(Collection<?> facts) {
        return evaluate(current.get(), facts);
    }

    public static RuleOutcome evaluate(RuleSet ruleSet, Collection<?> facts) {
        return evaluate(ruleSet, facts, null);
    }

    /** @param listener told of every rule firing (checks of a new rule set, not requests); null for none */
    static RuleOutcome evaluate(RuleSet ruleSet, Collection<?> facts, AgendaEventListener listener) {
        // from the rule set's pool; dispose() below resets it and hands it back
        KieSession session = ruleSet.sessions().newKieSession();
        OPEN_SESSIONS.incrementAndGet();
        CREATED_SESSIONS.incrementAndGet();
        if (listener != null) {
            session.addEventListener(listener);
        }
        try {
            facts.forEach(session::insert);
            int fired;
            try {
                fired = session.fireAllRules(MAX_FIRINGS);
            } catch (AssertionError | StackOverflowError | LinkageError e) {
                throw new RuleErrorException(ruleSet.version(), e);
            }
            if (fired >= MAX_FIRINGS) {
                throw runaway(ruleSet, session, fired);
            }
            List<LoyaltyStatus> loyalty = concluded(session, LoyaltyStatus.class);
            return new RuleOutcome(ruleSet.version(), concluded(session, Timing.class),
                    concluded(session, Suppression.class), concluded(session, ScoreFactor.class),
                    concluded(session, ChannelPick.class), concluded(session, Note.class),
                    concluded(session, ListLimit.class), loyalty.isEmpty() ? null : loyalty.getLast().getTier(),
                    concluded(session, Incentive.class), concluded(session, IncentiveRefused.class));
        } finally {
            if (listener != null) {
                session.removeEventListener(listener); // the session goes back to the pool
            }
            session.dispose();
            OPEN_SESSIONS.decrementAndGet();
        }
    }

    /** Which rule runs away: only now, on the way out, are a few more firings watched (the agenda still holds them). */
    private static RunawayRuleException runaway(RuleSet ruleSet, KieSession session, int fired) {
        Map<Rule, Integer> firings = new HashMap<>();
        AgendaEventListener counter = new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
                firings.merge(event.getMatch().getRule(), 1, Integer::sum);
            }
        };
        session.addEventListener(counter);
        try {
            session.fireAllRules(100);
        } catch (RuntimeException e) {
            // what fired before this is enough to tell
        } finally {
            session.removeEventListener(counter);
        }
        Rule rule = firings.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        return new RunawayRuleException(ruleSet.version(), fired, rule);
    }

    /**
     * The session's facts of one kind of conclusion, in the order they were inserted, so conclusions come in the order
     * the rules concluded them: the session hands its facts back in no fixed order (it keeps them by identity), which
     * listed the same decision's reasons differently from one call to the next. Asked by class, the session answers
     * from that class's own store, without going through the hundred-odd input facts (a tenth of the rules' time).
     */
    private static <T> List<T> concluded(KieSession session, Class<T> kind) {
        Collection<? extends FactHandle> found = session.getFactHandles(new ClassObjectFilter(kind));
        if (found.isEmpty()) {
            return List.of();
        }
        List<InternalFactHandle> handles = new ArrayList<>(found.size());
        for (FactHandle handle : found) {
            handles.add((InternalFactHandle) handle);
        }
        handles.sort(Comparator.comparingLong(InternalFactHandle::getId)); // ids are handed out as facts are inserted
        List<T> facts = new ArrayList<>(handles.size());
        for (InternalFactHandle handle : handles) {
            facts.add(kind.cast(handle.getObject()));
        }
        return facts;
    }

    /** Rule sessions open right now (metric {@code crosswise.rules.sessions.open}); 0 when no decision runs. */
    public static long openSessions() {
        return OPEN_SESSIONS.get();
    }

    /** Rule sessions used since start, one per evaluation (metric {@code crosswise.rules.sessions.created}). */
    public static long createdSessions() {
        return CREATED_SESSIONS.get();
    }
}
