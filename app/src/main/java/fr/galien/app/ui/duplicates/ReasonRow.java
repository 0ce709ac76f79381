package fr.galien.app.ui.duplicates;

/** One reason of the score, for ({@code forDuplicate}: same person) or against. */
public record ReasonRow(String text, boolean forDuplicate) {
}
