package dev.crosswise.response;

/** How a customer responded to an action of a recorded decision. */
public enum ResponseType {
    SHOWN, CLICKED, ACCEPTED, DISMISSED;

    /** A response that credits a later purchase of the product for the click-through window. */
    public boolean isClick() {
        return this == CLICKED || this == ACCEPTED;
    }
}
