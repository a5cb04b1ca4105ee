package dev.crosswise.response;

/** How a customer responded to an action of a recorded decision. */
public enum ResponseType {
    SHOWN, CLICKED, ACCEPTED, DISMISSED
}
