package dev.crosswise.metrics;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code Query.metrics}: did the offers work. */
@Controller
class MetricsController {

    private final MetricsReporter reporter;

    MetricsController(MetricsReporter reporter) {
        this.reporter = reporter;
    }

    @QueryMapping
    MetricsReport metrics(@Argument OffsetDateTime from, @Argument OffsetDateTime to,
                          @Argument List<MetricDimension> groupBy, @Argument MetricInterval interval) {
        return reporter.report(from, to, groupBy, interval);
    }

    @SchemaMapping(typeName = "MetricsReport")
    List<ProductMetrics> mostOffered(MetricsReport report) {
        return report.topProducts().get().mostOffered();
    }

    @SchemaMapping(typeName = "MetricsReport")
    List<ProductMetrics> mostConverting(MetricsReport report) {
        return report.topProducts().get().mostConverting();
    }

    @SchemaMapping(typeName = "MetricsReport")
    List<PromotionSpend> promotions(MetricsReport report) {
        return report.promotionSpend().get();
    }
}
