package dev.crosswise.metrics;

import dev.crosswise.api.BadRequestException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /reports/metrics.csv}: the report of {@code Query.metrics} for a spreadsheet, one row per slice — the
 * period's totals, then each group, then each time bucket. Analyst and admin keys only (SecurityConfiguration).
 */
@RestController
class MetricsCsvController {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final MetricsReporter reporter;

    MetricsCsvController(MetricsReporter reporter) {
        this.reporter = reporter;
    }

    @GetMapping("/reports/metrics.csv")
    ResponseEntity<String> metrics(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                   @RequestParam(required = false) String groupBy,
                                   @RequestParam(required = false) String interval) {
        MetricsReport report = reporter.report(instant("from", from), instant("to", to), dimensions(groupBy),
                interval == null || interval.isBlank() ? null : parse("interval", interval, MetricInterval.class));
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"crosswise-metrics.csv\"")
                .body(MetricsCsv.of(report));
    }

    /** A parameter that cannot be read is the client's mistake: 400 with what to fix, as GraphQL's BAD_REQUEST. */
    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<String> badRequest(BadRequestException problem) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.TEXT_PLAIN)
                .body(problem.field() + ": " + problem.getMessage() + "\n");
    }

    private static OffsetDateTime instant(String name, String text) {
        if (text == null || text.isBlank()) {
            throw new BadRequestException(name, "required: an ISO-8601 instant with an offset, e.g. 2026-11-01T00:00:00Z");
        }
        try {
            return OffsetDateTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name, "'" + text + "' is not an ISO-8601 instant with an offset, e.g. "
                    + "2026-11-01T00:00:00Z");
        }
    }

    private static List<MetricDimension> dimensions(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<MetricDimension> dimensions = new ArrayList<>();
        for (String name : text.split(",")) {
            dimensions.add(parse("groupBy", name, MetricDimension.class));
        }
        return dimensions;
    }

    private static <E extends Enum<E>> E parse(String name, String text, Class<E> type) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(name, "'" + text.strip() + "' is not one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
