package dev.crosswise.metrics;

/** A rate with what it is made of, so that 0 of 0 reads as "no data" (value null), never as 0 %. */
public record Rate(double numerator, double denominator) {

    public Double value() {
        return denominator == 0 ? null : numerator / denominator;
    }
}
