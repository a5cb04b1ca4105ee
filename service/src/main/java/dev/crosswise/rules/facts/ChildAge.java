package dev.crosswise.rules.facts;

/** Derived: the age a child of the customer reaches this year (from the birth years on the profile). */
public final class ChildAge {
    private final int age;

    public ChildAge(int age) {
        this.age = age;
    }

    public int getAge() { return age; }
}
