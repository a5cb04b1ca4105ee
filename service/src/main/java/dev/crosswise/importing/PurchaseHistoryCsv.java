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
import java.util.List;

/**
 * Reads a purchase history CSV whose first three columns are customer, date, item, as in the groceries dataset
 * ({@code Member_number,Date,itemDescription,...}). A header line is skipped; dates are ISO ({@code 2015-07-21})
 * or day first ({@code 21-07-2015}). Further columns are ignored.
 */
public final class PurchaseHistoryCsv {

    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private PurchaseHistoryCsv() {
    }

    public static List<PurchaseLine> read(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader.lines().toList(), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    static List<PurchaseLine> parse(List<String> lines, String source) {
        List<PurchaseLine> purchases = new ArrayList<>(lines.size());
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || (n == 0 && !Character.isDigit(line.charAt(0)) && line.toLowerCase().contains("date"))) {
                continue;
            }
            String[] columns = line.split(",", -1);
            if (columns.length < 3 || columns[0].isBlank() || columns[2].isBlank()) {
                throw new IllegalArgumentException(source + ":" + (n + 1) + ": expected customer,date,item but got '" + line + "'");
            }
            purchases.add(new PurchaseLine(columns[0].strip(), date(columns[1].strip(), source, n + 1),
                    columns[2].strip()));
        }
        return purchases;
    }

    private static LocalDate date(String text, String source, int line) {
        try {
            return text.length() == 10 && text.charAt(4) == '-' ? LocalDate.parse(text) : LocalDate.parse(text, DAY_FIRST);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(source + ":" + line + ": date '" + text + "' is neither 2015-07-21 nor 21-07-2015");
        }
    }
}
