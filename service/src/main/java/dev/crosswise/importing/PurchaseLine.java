package dev.crosswise.importing;

import java.time.LocalDate;

/** One line of a purchase history: a customer bought an item on a day. */
public record PurchaseLine(String customer, LocalDate date, String item) {
}
