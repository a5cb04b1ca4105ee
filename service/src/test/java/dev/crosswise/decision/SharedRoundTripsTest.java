package dev.crosswise.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Reads asked at the same time share round trips; each still gets its own answer. */
class SharedRoundTripsTest {

    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final List<List<Integer>> roundTrips = new CopyOnWriteArrayList<>();
    private final List<String> roundTripThreads = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    /** Answers every question with its square; records what each round trip carried and on which thread. */
    private Function<List<Integer>, List<Integer>> squares(CountDownLatch firstMayReturn) {
        return questions -> {
            roundTrips.add(List.copyOf(questions));
            roundTripThreads.add(Thread.currentThread().toString());
            if (roundTrips.size() == 1) {
                await(firstMayReturn);
            }
            return questions.stream().map(q -> q * q).toList();
        };
    }

    @Test
    void aQuestionAskedAloneLeavesAtOnceOnTheCallersThread() {
        List<Integer> sizes = new ArrayList<>();
        var trips = new SharedRoundTrips<>(squares(new CountDownLatch(0)), 2, 16, sizes::add);

        assertThat(trips.ask(7)).isEqualTo(49);
        assertThat(trips.ask(3)).isEqualTo(9);

        assertThat(roundTrips).containsExactly(List.of(7), List.of(3));
        assertThat(roundTripThreads).allMatch(t -> t.equals(Thread.currentThread().toString()));
        assertThat(sizes).containsExactly(1, 1);
        assertThat(trips.inFlight()).isZero();
    }

    @Test
    void questionsAskedWhileEveryRoundTripIsUnderWayShareTheNextOne() throws Exception {
        CountDownLatch firstMayReturn = new CountDownLatch(1);
        var trips = new SharedRoundTrips<>(squares(firstMayReturn), 1, 16, size -> { });
        Future<Integer> first = underWay(trips, 1);
        List<Future<Integer>> waiting = inLine(trips, 2, 4);

        firstMayReturn.countDown();

        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(waiting.get(0).get(5, TimeUnit.SECONDS)).isEqualTo(4);
        assertThat(waiting.get(1).get(5, TimeUnit.SECONDS)).isEqualTo(9);
        assertThat(waiting.get(2).get(5, TimeUnit.SECONDS)).isEqualTo(16);
        assertThat(roundTrips).containsExactly(List.of(1), List.of(2, 3, 4));
        assertThat(trips.inFlight()).isZero();
    }

    @Test
    void aRoundTripCarriesAtMostTheMaximumAndTheRestTakeTheNext() throws Exception {
        CountDownLatch firstMayReturn = new CountDownLatch(1);
        var trips = new SharedRoundTrips<>(squares(firstMayReturn), 1, 2, size -> { });
        Future<Integer> first = underWay(trips, 1);
        List<Future<Integer>> waiting = inLine(trips, 2, 6);

        firstMayReturn.countDown();

        first.get(5, TimeUnit.SECONDS);
        for (int i = 0; i < waiting.size(); i++) {
            assertThat(waiting.get(i).get(5, TimeUnit.SECONDS)).isEqualTo((i + 2) * (i + 2));
        }
        assertThat(roundTrips).containsExactly(List.of(1), List.of(2, 3), List.of(4, 5), List.of(6));
    }

    @Test
    void aFailedRoundTripFailsWhatItCarriedAndTheLineMovesOn() throws Exception {
        CountDownLatch firstMayReturn = new CountDownLatch(1);
        var trips = new SharedRoundTrips<Integer, Integer>(questions -> {
            roundTrips.add(List.copyOf(questions));
            if (roundTrips.size() == 1) {
                await(firstMayReturn);
                throw new IllegalStateException("database unavailable");
            }
            return questions.stream().map(q -> -q).toList();
        }, 1, 16, size -> { });
        Future<Integer> first = underWay(trips, 1);
        Future<Integer> behind = inLine(trips, 2, 2).getFirst();

        firstMayReturn.countDown();

        assertThatThrownBy(() -> first.get(5, TimeUnit.SECONDS)).hasRootCauseInstanceOf(IllegalStateException.class)
                .hasRootCauseMessage("database unavailable");
        assertThat(behind.get(5, TimeUnit.SECONDS)).isEqualTo(-2);
        assertThat(trips.inFlight()).isZero();
    }

    @Test
    void noAnswerIsAnAnswerToo() {
        var trips = new SharedRoundTrips<Integer, String>(questions -> Collections.nCopies(questions.size(), null), 1, 16,
                size -> { });

        assertThat(trips.ask(1)).isNull();
    }

    @Test
    void roundTripsThatAnswerWrongFailTheirQuestions() {
        var trips = new SharedRoundTrips<Integer, Integer>(questions -> List.of(), 1, 16, size -> { });

        assertThatThrownBy(() -> trips.ask(1)).isInstanceOf(IllegalStateException.class)
                .hasMessage("1 questions got 0 answers");
        assertThat(trips.inFlight()).isZero();
    }

    @Test
    void underLoadEveryQuestionGetsItsOwnAnswerAndNoneIsLeftBehind() throws Exception {
        List<Integer> sizes = new CopyOnWriteArrayList<>();
        var trips = new SharedRoundTrips<Integer, Integer>(questions -> {
            sleepMicros(ThreadLocalRandom.current().nextInt(50, 500));
            return questions.stream().map(q -> q + 1_000_000).toList();
        }, 2, 4, sizes::add);
        List<Future<List<Integer>>> askers = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int asker = t;
            askers.add(threads.submit(() -> {
                List<Integer> wrong = new ArrayList<>();
                for (int i = 0; i < 300; i++) {
                    int question = asker * 1_000 + i;
                    if (trips.ask(question) != question + 1_000_000) {
                        wrong.add(question);
                    }
                }
                return wrong;
            }));
        }

        for (var asker : askers) {
            assertThat(asker.get(60, TimeUnit.SECONDS)).isEmpty();
        }
        assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(8 * 300);
        assertThat(sizes).allMatch(size -> size >= 1 && size <= 4);
        assertThat(sizes).anyMatch(size -> size > 1);
        assertThat(trips.inFlight()).isZero();
        assertThat(trips.waiting()).isZero();
    }

    /** Asks {@code question} on a thread of its own and waits until its round trip is under way. */
    private Future<Integer> underWay(SharedRoundTrips<Integer, Integer> trips, int question) throws InterruptedException {
        int before = roundTrips.size();
        Future<Integer> asked = threads.submit(() -> trips.ask(question));
        waitUntil(() -> roundTrips.size() == before + 1);
        return asked;
    }

    /** Asks {@code from}..{@code to}, each on a thread of its own, one after the other into the line, in this order. */
    private List<Future<Integer>> inLine(SharedRoundTrips<Integer, Integer> trips, int from, int to)
            throws InterruptedException {
        List<Future<Integer>> asked = new ArrayList<>();
        for (int question = from; question <= to; question++) {
            int q = question;
            int ahead = trips.waiting();
            asked.add(threads.submit(() -> trips.ask(q)));
            waitUntil(() -> trips.waiting() == ahead + 1);
        }
        return asked;
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long giveUp = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > giveUp) {
                throw new AssertionError("condition not reached in 5 s");
            }
            Thread.sleep(1);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(5, TimeUnit.SECONDS)) {
                throw new AssertionError("latch not released in 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleepMicros(int micros) {
        try {
            Thread.sleep(Duration.ofNanos(micros * 1_000L));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
