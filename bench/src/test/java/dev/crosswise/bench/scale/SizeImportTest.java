package dev.crosswise.bench.scale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.bench.generator.GeneratorSettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A size is imported once, offline, into its own directory, and reused with the time its import took. */
class SizeImportTest {

    @TempDir
    Path dataRoot;

    @Test
    void importsASizeOnceThenReusesIt() throws Exception {
        var settings = new ScaleSettings(GeneratorSettings.full(5).withCustomers(40).withProducts(100), List.of(1, 3),
                dataRoot, "1g", "64m");
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream());

        SizeImport first = SizeImport.ensure(settings, 3, quiet);
        SizeImport again = SizeImport.ensure(settings, 3, quiet);

        assertThat(first.mode()).isEqualTo("bulk");
        assertThat(first.counts()).containsEntry("Customer", 120L).containsEntry("Product", 100L);
        assertThat(first.seconds()).isPositive();
        assertThat(settings.dataDirAt(3).resolve(SizeImport.RECORD)).exists();
        assertThat(again.mode()).isEqualTo("reused");
        assertThat(again.counts()).isEqualTo(first.counts());
        assertThat(again.seconds()).isEqualTo(first.seconds());
        assertThat(SizeImport.bytesUnder(SizeImport.storeOf(settings.dataDirAt(3)))).isPositive();
        assertThat(Files.exists(settings.dataDirAt(1))).isFalse();
    }
}
