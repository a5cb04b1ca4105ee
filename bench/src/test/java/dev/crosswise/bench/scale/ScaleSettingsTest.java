package dev.crosswise.bench.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswise.bench.generator.GeneratorSettings;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScaleSettingsTest {

    private final ScaleSettings settings = new ScaleSettings(GeneratorSettings.full(42),
            ScaleSettings.parseFactors("10, 1,3"), Path.of("bench/data/scale"), "2g", null);

    @Test
    void aSizeMultipliesTheCustomersAndKeepsTheCatalogAndTheRatesPerCustomer() {
        GeneratorSettings tenTimes = settings.graphAt(10);

        assertThat(settings.factors()).containsExactly(1, 3, 10);
        assertThat(tenTimes.customers()).isEqualTo(1_000_000);
        assertThat(tenTimes.products()).isEqualTo(5_000);
        assertThat(tenTimes.ownsPerCustomer()).isEqualTo(GeneratorSettings.full(42).ownsPerCustomer());
        assertThat(tenTimes.eventShare()).isEqualTo(GeneratorSettings.full(42).eventShare());
        assertThat(tenTimes.exposureShare()).isEqualTo(GeneratorSettings.full(42).exposureShare());
        assertThat(settings.graphAt(1)).isEqualTo(GeneratorSettings.full(42));
    }

    @Test
    void eachSizeHasItsOwnDataDirectoryNamedAfterItsGraph() {
        assertThat(settings.dataDirAt(1)).isEqualTo(Path.of("bench/data/scale/graph-seed42-100000c-5000p"));
        assertThat(settings.dataDirAt(10)).isEqualTo(Path.of("bench/data/scale/graph-seed42-1000000c-5000p"));
    }

    @Test
    void thePageCacheHoldsTheStoreAndAQuarterInWholeQuartersOfAGibibyteAndAtLeastOne() {
        long mib = 1024 * 1024;
        assertThat(settings.pageCacheFor(10 * mib)).isEqualTo("1024m");
        assertThat(settings.pageCacheFor(1000 * mib)).isEqualTo("1280m");
        assertThat(settings.pageCacheFor(4500 * mib)).isEqualTo("5632m");
        assertThat(new ScaleSettings(GeneratorSettings.full(42), List.of(1), Path.of("x"), "2g", "3g")
                .pageCacheFor(4500 * mib)).isEqualTo("3g");
    }

    @Test
    void factorsAreWholeMultiplesOfOneOrMore() {
        assertThatThrownBy(() -> new ScaleSettings(GeneratorSettings.full(42), List.of(0, 3), Path.of("x"), "2g", null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
