package dev.crosswise.bench.history;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A purchase history in the columns of the groceries dataset ({@code Member_number,Date,itemDescription,year,month,
 * day,day_of_week}), at any scale, from a seed — the input {@code import-history} is timed on.
 *
 * <p>Shaped like a shop's orders: item popularity is Zipf-like (a few items sell a lot, most sell little), members
 * shop on a few days each (some far more than others), and each member has staples bought again and again, each at
 * its own rhythm but never on the dot, so the same customer-product pair comes back at irregular intervals. A basket
 * may list an item twice, as the groceries file does. Lines are written in shuffled order, as in that file.
 */
public final class HistoryGenerator {

    public static final String HEADER = "Member_number,Date,itemDescription,year,month,day,day_of_week";

    /** Zipf exponent of item popularity. */
    private static final double ZIPF_EXPONENT = 1.0;
    /** Spread of how often members shop (log-normal): a few regulars, many occasional shoppers. */
    private static final double ACTIVITY_SPREAD = 0.8;
    private static final int MEMBER_NUMBER_FROM = 1000;

    private static final String[] QUALITIES = {"fresh", "frozen", "organic", "smoked", "sliced", "whole", "dried",
            "canned", "roasted", "light", "spicy", "sweet", "salted", "mini", "family", "classic", "baked", "grated",
            "instant", "wild"};
    private static final String[] GOODS = {"milk", "yogurt", "butter", "cheese", "cream", "eggs", "bread", "rolls",
            "buns", "ham", "sausage", "chicken", "beef", "pork", "fish", "salmon", "tuna", "rice", "pasta", "flour",
            "sugar", "coffee", "tea", "juice", "soda", "water", "beer", "wine", "chocolate", "candy", "chips",
            "nuts", "apples", "bananas", "berries", "grapes", "citrus", "tomatoes", "onions", "potatoes", "carrots",
            "lettuce", "herbs", "soup", "sauce", "oil", "vinegar", "cereal", "cookies", "cake"};

    private final HistorySettings settings;
    private final String[] itemNames;
    private final double[] popularityCdf;
    /** The item at each popularity rank: best sellers are not all the first names. */
    private final int[] itemAtRank;

    public HistoryGenerator(HistorySettings settings) {
        settings.validate();
        this.settings = settings;
        SplittableRandom random = new SplittableRandom(settings.seed());
        this.itemNames = new String[settings.items()];
        int combinations = QUALITIES.length * GOODS.length;
        for (int i = 0; i < itemNames.length; i++) {
            int round = i / combinations;
            int k = i % combinations;
            itemNames[i] = QUALITIES[k / GOODS.length] + " " + GOODS[k % GOODS.length] + (round == 0 ? "" : " " + (round + 1));
        }
        this.itemAtRank = shuffled(settings.items(), random);
        this.popularityCdf = new double[settings.items()];
        double sum = 0;
        for (int rank = 0; rank < popularityCdf.length; rank++) {
            sum += 1.0 / Math.pow(rank + 1, ZIPF_EXPONENT);
            popularityCdf[rank] = sum;
        }
        for (int rank = 0; rank < popularityCdf.length; rank++) {
            popularityCdf[rank] /= sum;
        }
    }

    public HistorySettings settings() {
        return settings;
    }

    /** The history, header first, lines shuffled. */
    public void write(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                write(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    public void write(Writer out) throws IOException {
        Lines lines = generate();
        out.write(HEADER);
        out.write('\n');
        StringBuilder line = new StringBuilder(64);
        for (int n = 0; n < lines.size; n++) {
            LocalDate date = settings.from().plusDays(lines.day[n]);
            line.setLength(0);
            line.append(MEMBER_NUMBER_FROM + lines.member[n]).append(',').append(date).append(',')
                    .append(itemNames[lines.item[n]]).append(',').append(date.getYear()).append(',')
                    .append(date.getMonthValue()).append(',').append(date.getDayOfMonth()).append(',')
                    .append(date.getDayOfWeek().getValue() - 1).append('\n');
            out.append(line);
        }
    }

    /** Every line as member, day (from the first) and item index, in the order they are written. */
    Lines generate() {
        SplittableRandom random = new SplittableRandom(settings.seed() ^ 0x5DEECE66DL);
        int[] basketsOf = basketsPerMember(random);
        Lines lines = new Lines(settings.lines());
        int linesLeft = settings.lines();
        int basketsLeft = Arrays.stream(basketsOf).sum();
        for (int member = 0; member < settings.members(); member++) {
            int[] days = distinctDays(basketsOf[member], random);
            Staple[] staples = staples(random);
            for (int day : days) {
                int size = basketsLeft == 1 ? linesLeft
                        : Math.clamp(1 + poisson((double) linesLeft / basketsLeft - 1, random), 1, linesLeft - (basketsLeft - 1));
                int filled = 0;
                for (Staple staple : staples) {
                    if (filled < size && staple.due(day, random)) {
                        staple.lastDay = day;
                        lines.add(member, day, staple.item);
                        filled++;
                    }
                }
                for (; filled < size; filled++) {
                    lines.add(member, day, popularItem(random));
                }
                linesLeft -= size;
                basketsLeft--;
            }
        }
        lines.shuffle(random);
        return lines;
    }

    /** At least one each; the rest by a log-normal activity, at most one basket per member and day. */
    private int[] basketsPerMember(SplittableRandom random) {
        int members = settings.members();
        double[] activity = new double[members];
        double total = 0;
        for (int m = 0; m < members; m++) {
            activity[m] = Math.exp(ACTIVITY_SPREAD * gaussian(random));
            total += activity[m];
        }
        int extra = settings.baskets() - members;
        int[] baskets = new int[members];
        int given = 0;
        for (int m = 0; m < members; m++) {
            baskets[m] = 1 + (int) (extra * activity[m] / total);
            given += baskets[m] - 1;
        }
        for (int m = 0; given < extra && m < members; m++, given++) {
            baskets[m]++;
        }
        for (int m = 0; m < members; m++) {
            baskets[m] = Math.min(baskets[m], settings.days());
        }
        return baskets;
    }

    private int[] distinctDays(int count, SplittableRandom random) {
        int[] days = shuffled(settings.days(), random);
        int[] chosen = Arrays.copyOf(days, count);
        Arrays.sort(chosen);
        return chosen;
    }

    /** 2 to 7 items a member buys again, each every 7 to 56 days or so. */
    private Staple[] staples(SplittableRandom random) {
        Staple[] staples = new Staple[2 + random.nextInt(6)];
        for (int s = 0; s < staples.length; s++) {
            staples[s] = new Staple(popularItem(random), 7 + random.nextInt(50));
        }
        return staples;
    }

    private int popularItem(SplittableRandom random) {
        int rank = Arrays.binarySearch(popularityCdf, random.nextDouble());
        return itemAtRank[Math.min(rank < 0 ? -rank - 1 : rank, itemAtRank.length - 1)];
    }

    private static int[] shuffled(int n, SplittableRandom random) {
        int[] values = new int[n];
        for (int i = 0; i < n; i++) {
            values[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
        return values;
    }

    private static int poisson(double mean, SplittableRandom random) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            return Math.max(0, (int) Math.round(mean + Math.sqrt(mean) * gaussian(random)));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    /** An item a member re-buys: due again after about its interval (60 % to 140 % of it), and at first half the time. */
    private static final class Staple {
        final int item;
        final int interval;
        int lastDay = -1;

        Staple(int item, int interval) {
            this.item = item;
            this.interval = interval;
        }

        boolean due(int day, SplittableRandom random) {
            return lastDay < 0 ? random.nextBoolean() : day - lastDay >= interval * (0.6 + 0.8 * random.nextDouble());
        }
    }

    /** The lines as three columns of ints: half a million lines in a few megabytes. */
    static final class Lines {
        final int[] member;
        final int[] day;
        final int[] item;
        int size;

        Lines(int capacity) {
            member = new int[capacity];
            day = new int[capacity];
            item = new int[capacity];
        }

        void add(int m, int d, int i) {
            member[size] = m;
            day[size] = d;
            item[size] = i;
            size++;
        }

        void shuffle(SplittableRandom random) {
            for (int i = size - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                swap(member, i, j);
                swap(day, i, j);
                swap(item, i, j);
            }
        }

        private static void swap(int[] values, int i, int j) {
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }
}
