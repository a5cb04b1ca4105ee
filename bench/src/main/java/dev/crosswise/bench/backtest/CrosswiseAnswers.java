package dev.crosswise.bench.backtest;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Crosswise's answers for every test member, asked over HTTP by a few client threads: {@code limit} actions (the
 * answer scored) and {@link #LONGER} (the ranking the new-items view reads). A member the graph does not know is
 * asked about as an anonymous visitor; a failed call counts as an empty answer, so one error does not end the run.
 */
final class CrosswiseAnswers {

    static final int LONGER = 50;

    /** The answers by customer id, the top actions counted by strategy, and the calls that failed. */
    record Result(Map<String, MemberAnswer> answers, Map<String, Integer> strategies, int calls, int failedCalls,
                  int failedVisitorCalls, String firstError, double seconds) {

        Method method(String name) {
            return new Method(name, member -> answers.getOrDefault(member.customerId(), MemberAnswer.EMPTY));
        }
    }

    private CrosswiseAnswers() {
    }

    static Result ask(ServiceGraphQl service, List<TestMember> members, TrainingHistory history, int limit,
                      int clients, PrintStream out) throws InterruptedException {
        WhatNext whatNext = new WhatNext(service);
        Map<String, MemberAnswer> answers = new ConcurrentHashMap<>();
        Map<String, Integer> strategies = new ConcurrentHashMap<>();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger failedVisitor = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            for (TestMember member : members) {
                pool.execute(() -> {
                    String customerId = history.knows(member.customerId()) ? member.customerId() : null;
                    WhatNext.Answer top = whatNext.ask(customerId, member.decisionAt(), limit);
                    WhatNext.Answer longer = whatNext.ask(customerId, member.decisionAt(), LONGER);
                    for (WhatNext.Answer answer : List.of(top, longer)) {
                        if (answer.error() != null) {
                            failed.incrementAndGet();
                            if (customerId == null) {
                                failedVisitor.incrementAndGet();
                            }
                            firstError.compareAndSet(null, (customerId == null ? "as a visitor: " : customerId + ": ")
                                    + answer.error());
                        }
                    }
                    top.actions().forEach(action -> strategies.merge(String.valueOf(action.strategy()), 1, Integer::sum));
                    answers.put(member.customerId(), new MemberAnswer(top.skus(), longer.skus()));
                    done.incrementAndGet();
                });
            }
            pool.shutdown();
            while (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
                double seconds = (System.nanoTime() - started) / 1e9;
                out.printf("  whatNext: %,d / %,d members (2 calls each), %.0f members/s, %d failed calls%n",
                        done.get(), members.size(), done.get() / seconds, failed.get());
            }
        } finally {
            pool.shutdownNow();
        }
        return new Result(Map.copyOf(answers), new TreeMap<>(strategies), members.size() * 2, failed.get(),
                failedVisitor.get(), firstError.get(), (System.nanoTime() - started) / 1e9);
    }
}
