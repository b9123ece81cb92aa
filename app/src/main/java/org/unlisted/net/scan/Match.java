package org.unlisted.net.scan;

import java.util.List;

/**
 * How much a candidate looks like the person, and why: the reasons are shown beside it so the
 * person can judge for themselves. A strong match is still only a suggestion.
 */
public record Match(Candidate candidate, Strength strength, List<Reason> reasons) {

    public Match {
        reasons = List.copyOf(reasons);
    }

    /** Strongest first, so sorting by it puts the likely pages on top. */
    public enum Strength {
        STRONG, POSSIBLE, WEAK;

        public String messageKey() {
            return "scan.strength." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One thing that speaks for or against: shown as {@code scan.reason.<kind>} with its detail. */
    public record Reason(Kind kind, String detail, boolean against) {
        public enum Kind {
            SAME_NAME, OTHER_NAME, NAME_PARTLY, SAME_LAST_NAME, DIFFERENT_NAME,
            SAME_AGE, CLOSE_AGE, DIFFERENT_AGE,
            SAME_CITY, SAME_STATE, OTHER_PLACES,
            RELATIVE
        }

        static Reason because(Kind kind, String detail) {
            return new Reason(kind, detail == null ? "" : detail, false);
        }

        static Reason against(Kind kind, String detail) {
            return new Reason(kind, detail == null ? "" : detail, true);
        }

        public String messageKey() {
            StringBuilder key = new StringBuilder("scan.reason.");
            boolean upper = false;
            for (char c : kind.name().toLowerCase(java.util.Locale.ROOT).toCharArray()) {
                if (c == '_') {
                    upper = true;
                } else {
                    key.append(upper ? Character.toUpperCase(c) : c);
                    upper = false;
                }
            }
            return key.toString();
        }
    }
}
