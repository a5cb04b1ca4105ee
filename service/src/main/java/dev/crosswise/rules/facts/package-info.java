/**
 * The vocabulary of the DRL files in {@code rules/}: what the decision feeds in (request, customer,
 * ownership, signals, candidates) and what rules conclude (timings, suppressions, score factors,
 * channel picks, notes). Rules read and insert these; nothing else crosses the boundary.
 */
package dev.crosswise.rules.facts;
