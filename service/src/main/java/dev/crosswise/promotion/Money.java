package dev.crosswise.promotion;

import java.util.Locale;

/** How offers print amounts: euros to the cent ("€4.10"), percentages without needless decimals ("20 %"). */
public final class Money {

    private Money() {
    }

    public static String euros(double amount) {
        return String.format(Locale.ROOT, "€%.2f", amount);
    }

    public static String percent(double percent) {
        return percent == Math.rint(percent) ? (long) percent + " %" : String.format(Locale.ROOT, "%.1f %%", percent);
    }
}
