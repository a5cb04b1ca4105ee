package dev.crosswise.bench.backtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a purchase history does not say about its items — price, margin, stock, category — read from a CSV
 * {@code sku_or_name,price,margin,stock,category} (a header line first) and written through the service's own
 * {@code upsertProduct}, as a merchandiser would. An empty cell means unknown: the field is left out.
 */
final class Catalog {

    static final String UPSERT = """
            mutation UpsertProduct($input: ProductInput!) { upsertProduct(input: $input) { sku } }""";

    /** One line: the product and its known fields, ready to send as a {@code ProductInput}. */
    record Entry(int line, Map<String, Object> input) {
    }

    /** How many lines were written, and the first refusal. */
    record Applied(int products, int failed, String firstError) {
    }

    private Catalog() {
    }

    static List<Entry> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Entry> entries = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells[0].isBlank()) {
                throw new IllegalArgumentException(file + ":" + (n + 1) + ": expected sku_or_name,price,margin,stock,category but got '" + line + "'");
            }
            Map<String, Object> input = new LinkedHashMap<>();
            input.put("sku", GraphKeys.skuOrName(cells[0].strip()));
            try {
                putIfKnown(input, "price", cell(cells, 1), Double::parseDouble);
                putIfKnown(input, "margin", cell(cells, 2), Double::parseDouble);
                putIfKnown(input, "stock", cell(cells, 3), Integer::parseInt);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + ":" + (n + 1) + ": price and margin must be numbers, stock a whole number: '" + line + "'");
            }
            putIfKnown(input, "category", cell(cells, 4), text -> text);
            entries.add(new Entry(n + 1, input));
        }
        return entries;
    }

    static Applied apply(ServiceGraphQl service, List<Entry> entries) {
        int failed = 0;
        String firstError = null;
        for (Entry entry : entries) {
            ServiceGraphQl.Answer answer = service.post(UPSERT, Map.of("input", entry.input()));
            if (answer.failed()) {
                failed++;
                if (firstError == null) {
                    firstError = "line " + entry.line() + " (" + entry.input().get("sku") + "): " + answer.error();
                }
            }
        }
        return new Applied(entries.size() - failed, failed, firstError);
    }

    private static String cell(String[] cells, int index) {
        return index < cells.length ? cells[index].strip() : "";
    }

    private static void putIfKnown(Map<String, Object> input, String field, String text,
                                   java.util.function.Function<String, Object> parse) {
        if (!text.isEmpty()) {
            input.put(field, parse.apply(text));
        }
    }
}
