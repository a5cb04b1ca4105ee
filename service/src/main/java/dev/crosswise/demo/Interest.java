package dev.crosswise.demo;

import java.util.List;

/**
 * What a demo shopper came to the shop for: the products they started with (the first part of a look, a kit or a
 * family, so the graph has gaps to offer) and the ones they browse and sometimes buy on their own.
 */
enum Interest {
    OFFICE_LOOK(List.of(List.of("W-BLZ-NAVY"), List.of("W-SHT-WHITE")),
            List.of("W-TRS-GREY", "W-SHO-OXF", "W-TIE-SILK", "W-SHT-WHITE", "W-COAT-WOOL")),
    WEEKEND_LOOK(List.of(List.of("W-JNS-SELV"), List.of("W-JKT-CHORE", "W-TEE-PIMA")),
            List.of("W-TEE-PIMA", "W-SNK-WHITE", "W-JNS-SELV", "W-JKT-CHORE")),
    RUNNING(List.of(List.of("R-SHOE-START"), List.of("R-SHOE-START", "R-WATCH-BASIC")),
            List.of("R-SOCK-PACK", "R-GEL-BOX", "R-BELT-HYD", "R-TIGHTS-THERMAL", "R-JKT-WIND")),
    LIGHTING(List.of(List.of("L-STARTER"), List.of("L-STARTER", "L-STRIP")),
            List.of("L-BULB-COLOR", "L-DIMMER", "L-MOTION", "L-OUTDOOR", "L-BRIDGE")),
    SKINCARE(List.of(List.of("K-CLEANSER"), List.of("K-CLEANSER", "K-SERUM")),
            List.of("K-MOIST", "K-TONER", "K-SPF", "K-GIFT-SET", "K-CLEANSER")),
    HOME_OFFICE(List.of(List.of("H-DESK"), List.of("H-CHAIR", "H-LAMP")),
            List.of("H-MON-ARM", "H-MAT", "H-LAMP", "H-CHAIR"));

    /** Alternative first purchases: a shopper starts with one of them, bought before the weeks of activity. */
    final List<List<String>> starts;
    /** Looked at on product pages, and bought now and then without an offer. */
    final List<String> browsed;

    Interest(List<List<String>> starts, List<String> browsed) {
        this.starts = starts;
        this.browsed = browsed;
    }
}
