package dev.crosswise.rules.facts;

public enum Channel {
    EMAIL, WEB, MOBILE, SMS, DIRECT
}
