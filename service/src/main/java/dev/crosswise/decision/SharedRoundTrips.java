package dev.crosswise.decision;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Questions asked while every round trip allowed is under way share the next one. Over Bolt a round trip costs the
 * service and the database about as much CPU as the customer read it carries (the driver's event loop, Bolt's
 * network and worker threads waking up), so under load several decisions' reads travel together; a question asked
 * alone leaves at once, as its own round trip, and waits for nothing.
 * <p>
 * At most {@code maxInFlight} round trips are under way. A question that finds them all busy waits in line; when a
 * round trip comes back, the first one waiting takes the line (up to {@code maxBatch} questions) on the next round
 * trip itself, on its own thread, which was to wake up for its answer anyway. No thread of its own, no timer: under
 * light load nothing changes, under heavy load the round trips fill up.
 *
 * @param <Q> a question (one customer's read)
 * @param <A> its answer; {@code null} is an answer too (no such customer)
 */
final class SharedRoundTrips<Q, A> {

    private final Function<List<Q>, List<A>> roundTrip;
    private final int maxInFlight;
    private final int maxBatch;
    private final IntConsumer batchSizes;

    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<Question> waiting = new ArrayDeque<>();
    private int inFlight;

    /**
     * @param roundTrip  asks the questions together; answers in their order, as many as questions
     * @param batchSizes told the number of questions of every round trip (a metric)
     */
    SharedRoundTrips(Function<List<Q>, List<A>> roundTrip, int maxInFlight, int maxBatch, IntConsumer batchSizes) {
        if (maxInFlight < 1 || maxBatch < 1) {
            throw new IllegalArgumentException("maxInFlight and maxBatch must be at least 1");
        }
        this.roundTrip = roundTrip;
        this.maxInFlight = maxInFlight;
        this.maxBatch = maxBatch;
        this.batchSizes = batchSizes;
    }

    /** The answer to {@code question}, or the exception of the round trip that carried it. */
    A ask(Q question) {
        Question mine = new Question(question);
        boolean leaveNow;
        lock.lock();
        try {
            // a free round trip means nobody waits: whoever frees one while others wait hands it on instead
            leaveNow = inFlight < maxInFlight;
            if (leaveNow) {
                inFlight++;
            } else {
                waiting.add(mine);
            }
        } finally {
            lock.unlock();
        }
        if (leaveNow) {
            travel(List.of(mine));
        }
        return mine.answer();
    }

    /** Round trips under way. */
    int inFlight() {
        lock.lock();
        try {
            return inFlight;
        } finally {
            lock.unlock();
        }
    }

    /** Questions waiting for a round trip. */
    int waiting() {
        lock.lock();
        try {
            return waiting.size();
        } finally {
            lock.unlock();
        }
    }

    private void travel(List<Question> batch) {
        try {
            batchSizes.accept(batch.size());
            List<Q> questions = new ArrayList<>(batch.size());
            batch.forEach(q -> questions.add(q.question));
            List<A> answers = roundTrip.apply(questions);
            if (answers.size() != batch.size()) {
                throw new IllegalStateException(batch.size() + " questions got " + answers.size() + " answers");
            }
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).deliver(new Answered<>(answers.get(i)));
            }
        } catch (RuntimeException | Error failure) {
            batch.forEach(q -> q.deliver(new Failed(failure)));
        } finally {
            handOn();
        }
    }

    /** The round trip just back goes to the line, if anyone waits; otherwise it is free. */
    private void handOn() {
        List<Question> next;
        lock.lock();
        try {
            if (waiting.isEmpty()) {
                inFlight--;
                return;
            }
            next = new ArrayList<>(Math.min(waiting.size(), maxBatch));
            while (!waiting.isEmpty() && next.size() < maxBatch) {
                next.add(waiting.poll());
            }
        } finally {
            lock.unlock();
        }
        next.getFirst().deliver(new Lead(next));
    }

    private record Answered<A>(A value) {
    }

    private record Failed(Throwable failure) {
    }

    /** This question's thread is to make the next round trip, for these questions (its own first). */
    private record Lead(List<?> batch) {
    }

    private final class Question {
        final Q question;
        /** At most two messages: the lead of a round trip (which carries this question), then the answer. */
        final BlockingQueue<Object> inbox = new ArrayBlockingQueue<>(2);

        Question(Q question) {
            this.question = question;
        }

        void deliver(Object message) {
            inbox.add(message);
        }

        @SuppressWarnings("unchecked")
        A answer() {
            boolean interrupted = false;
            try {
                while (true) {
                    Object message;
                    try {
                        message = inbox.take();
                    } catch (InterruptedException e) {
                        // others may be waiting for the round trip this thread is to lead: keep waiting, interrupt later
                        interrupted = true;
                        continue;
                    }
                    switch (message) {
                        case Lead(List<?> batch) -> travel((List<Question>) batch);
                        case Answered<?> answered -> {
                            return (A) answered.value();
                        }
                        case Failed(Throwable failure) -> {
                            if (failure instanceof Error error) {
                                throw error;
                            }
                            throw (RuntimeException) failure;
                        }
                        default -> throw new IllegalStateException("unexpected " + message);
                    }
                }
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
