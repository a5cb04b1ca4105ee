package dev.crosswise.bench.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogTest {

    @TempDir
    Path dir;

    @Test
    void aLineNamesTheProductBySkuOrByItemAndLeavesUnknownFieldsOut() throws Exception {
        Path csv = Files.writeString(dir.resolve("catalog.csv"), """
                sku_or_name,price,margin,stock,category
                whole milk,1.09,0.25,120,dairy
                G-rolls-buns,0.35,,,
                """);

        assertThat(Catalog.read(csv)).extracting(Catalog.Entry::input).containsExactly(
                Map.of("sku", "G-whole-milk", "price", 1.09, "margin", 0.25, "stock", 120, "category", "dairy"),
                Map.of("sku", "G-rolls-buns", "price", 0.35));
    }

    @Test
    void aPriceThatIsNotANumberIsRefusedWithItsLine() throws Exception {
        Path csv = Files.writeString(dir.resolve("catalog.csv"), "sku_or_name,price,margin,stock,category\nsoda,cheap,,,\n");

        assertThatThrownBy(() -> Catalog.read(csv)).hasMessageContaining("catalog.csv:2");
    }
}
