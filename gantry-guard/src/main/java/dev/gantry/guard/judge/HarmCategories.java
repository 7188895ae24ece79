package dev.gantry.guard.judge;

import java.util.List;

/** The harm categories the harmful-content detector reports (as HARMFUL_<CATEGORY>), for the judge's answer. */
public final class HarmCategories {
    public static final String NONE = "NONE";
    public static final List<String> ALL = List.of("WEAPONS", "CYBER", "SELF_HARM", "VIOLENT_CRIME", "SEXUAL_MINORS",
            "HATE", "HARASSMENT", "FRAUD", "DRUGS", "MISINFORMATION");

    private HarmCategories() {
    }
}
