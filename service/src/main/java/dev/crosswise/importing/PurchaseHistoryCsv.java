package dev.crosswise.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads a purchase history CSV whose first three columns are customer, date, item, as in the groceries dataset
 * ({@code Member_number,Date,itemDescription,...}). A header line is skipped; dates are ISO ({@code 2015-07-21})
 * or day first ({@code 21-07-2015}). Further columns are ignored. A line that cannot be read is skipped and
 * reported by its number, so one stray line in half a million does not cost the import.
 */
public final class PurchaseHistoryCsv {

    /** Problems kept word for word; beyond them only the count of skipped lines grows. */
    static final int PROBLEMS_KEPT = 10;
    private static final int PROGRESS_EVERY = 100_000;
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    /**
     * What a file held.
     *
     * @param purchases the lines read
     * @param lines     lines of the file, header and blank lines included
     * @param skipped   lines that could not be read
     * @param problems  the first {@value #PROBLEMS_KEPT} of them as {@code file:LINE: why}
     */
    public record PurchaseHistory(List<PurchaseLine> purchases, int lines, int skipped, List<String> problems) {

        /** The problems kept, then how many more lines were skipped: what an operator needs to fix the file. */
        public List<String> report() {
            List<String> report = new ArrayList<>(problems);
            if (skipped > problems.size()) {
                report.add("... and %,d more lines skipped".formatted(skipped - problems.size()));
            }
            return report;
        }
    }

    private PurchaseHistoryCsv() {
    }

    public static PurchaseHistory read(Path file, Consumer<String> progress) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader.lines()::forEach, file.toString(), progress);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    public static PurchaseHistory parse(List<String> lines, String source) {
        return parse(lines::forEach, source, message -> { });
    }

    private static PurchaseHistory parse(Consumer<Consumer<String>> lines, String source, Consumer<String> progress) {
        var parser = new Parser(source, progress);
        lines.accept(parser::line);
        return new PurchaseHistory(parser.purchases, parser.lineNumber, parser.skipped, List.copyOf(parser.problems));
    }

    private static final class Parser {
        final String source;
        final Consumer<String> progress;
        final List<PurchaseLine> purchases = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        /** A history spans a few hundred days: each date text is parsed once. */
        final Map<String, LocalDate> dates = new HashMap<>();
        int lineNumber;
        int skipped;

        Parser(String source, Consumer<String> progress) {
            this.source = source;
            this.progress = progress;
        }

        void line(String text) {
            lineNumber++;
            if (lineNumber % PROGRESS_EVERY == 0) {
                progress.accept("read %,d lines".formatted(lineNumber));
            }
            String line = text.strip();
            if (line.isEmpty() || (lineNumber == 1 && !Character.isDigit(line.charAt(0))
                    && line.toLowerCase().contains("date"))) {
                return;
            }
            String[] columns = line.split(",", -1);
            if (columns.length < 3 || columns[0].isBlank() || columns[2].isBlank()) {
                skip("expected customer,date,item but got '" + line + "'");
                return;
            }
            LocalDate date = date(columns[1].strip());
            if (date == null) {
                skip("date '" + columns[1].strip() + "' is neither 2015-07-21 nor 21-07-2015");
                return;
            }
            purchases.add(new PurchaseLine(columns[0].strip(), date, columns[2].strip()));
        }

        private LocalDate date(String text) {
            LocalDate known = dates.get(text);
            if (known != null) {
                return known;
            }
            try {
                LocalDate date = text.length() == 10 && text.charAt(4) == '-' ? LocalDate.parse(text)
                        : LocalDate.parse(text, DAY_FIRST);
                dates.put(text, date);
                return date;
            } catch (DateTimeParseException e) {
                return null;
            }
        }

        private void skip(String why) {
            skipped++;
            if (problems.size() < PROBLEMS_KEPT) {
                problems.add(source + ":" + lineNumber + ": " + why);
            }
        }
    }
}
