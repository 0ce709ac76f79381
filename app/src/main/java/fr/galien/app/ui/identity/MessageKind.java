package fr.galien.app.ui.identity;

/** How an identity message reads: green for a change made, red for a failure, neutral otherwise (galien.css). */
public enum MessageKind {
    NONE, INFO, SUCCESS, ERROR;

    /** The style class of a message of this kind. */
    public String style() {
        return "identity-message-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
