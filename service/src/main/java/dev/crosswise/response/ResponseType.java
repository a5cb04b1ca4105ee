package dev.crosswise.response;

import java.util.Optional;

/** How a customer responded to an action of a recorded decision. */
public enum ResponseType {
    SHOWN, CLICKED, ACCEPTED, DISMISSED;

    /** A response that credits a later purchase of the product for the click-through window. */
    public boolean isClick() {
        return this == CLICKED || this == ACCEPTED;
    }

    /** The property of the {@code OFFERED} edge that says the action got this response; none for SHOWN. */
    public Optional<String> offerFlag() {
        return switch (this) {
            case CLICKED -> Optional.of("clicked");
            case ACCEPTED -> Optional.of("accepted");
            case DISMISSED -> Optional.of("dismissed");
            case SHOWN -> Optional.empty();
        };
    }
}
