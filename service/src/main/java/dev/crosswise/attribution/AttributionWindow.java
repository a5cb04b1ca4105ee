package dev.crosswise.attribution;

/** Why a purchase is credited to an exposure: the customer responded to it, or only saw it. */
public enum AttributionWindow {
    /** A CLICKED or ACCEPTED response to the action, within the click-through window before the purchase. */
    CLICK_THROUGH,
    /** The action was shown (recorded by decide) within the view-through window before the purchase; no click. */
    VIEW_THROUGH
}
