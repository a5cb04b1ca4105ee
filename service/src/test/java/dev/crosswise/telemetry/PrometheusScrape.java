package dev.crosswise.telemetry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.web.client.RestClient;

/**
 * One scrape of {@code /actuator/prometheus} as a Prometheus server reads it: samples of the text format, each a
 * name, its labels and a value.
 */
public record PrometheusScrape(List<Sample> samples) {

    public record Sample(String name, Map<String, String> labels, double value) {
    }

    /** Scrapes the service at {@code baseUrl} over HTTP with {@code key} as a bearer token, as Prometheus sends it. */
    public static PrometheusScrape of(String baseUrl, String key) {
        String text = RestClient.create(baseUrl).get().uri("/actuator/prometheus")
                .header("Authorization", "Bearer " + key).retrieve().body(String.class);
        return parse(text);
    }

    public static PrometheusScrape parse(String text) {
        List<Sample> samples = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                samples.add(sample(line));
            }
        }
        return new PrometheusScrape(List.copyOf(samples));
    }

    /** The samples called {@code name} whose labels include all of {@code labels}. */
    public Stream<Sample> matching(String name, Map<String, String> labels) {
        return samples.stream().filter(s -> s.name().equals(name))
                .filter(s -> s.labels().entrySet().containsAll(labels.entrySet()));
    }

    /** The sum of the samples called {@code name} whose labels include all of {@code labels}; 0 when none. */
    public double sum(String name, Map<String, String> labels) {
        return matching(name, labels).mapToDouble(Sample::value).sum();
    }

    /** {@code name{a="x",b="y \"quoted\""} 1.0}, or {@code name 1.0}; a timestamp after the value is ignored. */
    private static Sample sample(String line) {
        int brace = line.indexOf('{');
        int space = line.indexOf(' ');
        if (brace < 0 || brace > space) {
            String[] parts = line.split(" ");
            return new Sample(parts[0], Map.of(), number(parts[1]));
        }
        Map<String, String> labels = new LinkedHashMap<>();
        int i = brace + 1;
        while (line.charAt(i) != '}') {
            int equals = line.indexOf('=', i);
            String label = line.substring(i, equals);
            StringBuilder value = new StringBuilder();
            int j = equals + 2; // past ="
            for (; line.charAt(j) != '"'; j++) {
                char c = line.charAt(j);
                if (c == '\\') {
                    char escaped = line.charAt(++j);
                    value.append(escaped == 'n' ? '\n' : escaped);
                } else {
                    value.append(c);
                }
            }
            labels.put(label, value.toString());
            i = j + 1;
            if (line.charAt(i) == ',') {
                i++;
            }
        }
        String value = line.substring(i + 1).strip().split(" ")[0];
        return new Sample(line.substring(0, brace), labels, number(value));
    }

    private static double number(String text) {
        return switch (text) {
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(text);
        };
    }
}
