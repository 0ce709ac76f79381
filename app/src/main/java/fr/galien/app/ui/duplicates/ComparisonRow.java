package fr.galien.app.ui.duplicates;

/** One field of the side-by-side comparison; {@code differs} when the two records disagree on it. */
public record ComparisonRow(String field, String first, String second, boolean differs) {
}
