package org.unlisted.ui.dashboard;

/** The dashboard's own style classes in unlisted.css (the shared ones are in {@code Styles}). */
final class DashboardStyles {
    /** One state's count: a small box with its icon, figure and name. */
    static final String TILE = "dashboard-tile";
    /** The big number in a tile. */
    static final String FIGURE = "dashboard-figure";
    /** One line of a list that opens a case, with a rule below it. */
    static final String LINE = "dashboard-line";
    /** The chart of removals: bars in the colour of good news. */
    static final String CHART = "dashboard-chart";

    private DashboardStyles() {
    }
}
