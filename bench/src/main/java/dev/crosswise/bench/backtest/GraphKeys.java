package dev.crosswise.bench.backtest;

import dev.crosswise.importing.PurchaseHistoryImport;

/** The ids the purchase-history import gives members and items, so that the service's answers and the file compare. */
final class GraphKeys {

    private static final PurchaseHistoryImport.Options IMPORT = PurchaseHistoryImport.Options.DEFAULTS;

    private GraphKeys() {
    }

    /** Member 1808 -> customer "M-1808". */
    static String customerId(String member) {
        return IMPORT.customerPrefix() + member;
    }

    /** "whole milk" -> product "G-whole-milk". */
    static String sku(String item) {
        return IMPORT.skuPrefix() + PurchaseHistoryImport.slug(item);
    }

    /** A catalog line names a product by sku ("G-whole-milk") or by the item's name ("whole milk"). */
    static String skuOrName(String value) {
        return value.startsWith(IMPORT.skuPrefix()) ? value : sku(value);
    }
}
