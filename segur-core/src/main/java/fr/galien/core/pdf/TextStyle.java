package fr.galien.core.pdf;

/**
 * How a run of text is drawn: size in points, bold or not, and an RGB grey level (0 black … 1 white).
 *
 * @param size the font size in points, &gt; 0
 * @param bold bold face
 * @param gray the grey level of the text, 0 (black) to 1 (white)
 */
public record TextStyle(float size, boolean bold, float gray) {

    public static final TextStyle BODY = new TextStyle(10f, false, 0f);
    public static final TextStyle BODY_BOLD = new TextStyle(10f, true, 0f);
    public static final TextStyle SMALL = new TextStyle(8f, false, 0.25f);
    public static final TextStyle SMALL_BOLD = new TextStyle(8f, true, 0f);
    public static final TextStyle HEADING = new TextStyle(12f, true, 0f);
    public static final TextStyle TITLE = new TextStyle(16f, true, 0f);

    public TextStyle {
        if (!(size > 0f)) {
            throw new IllegalArgumentException("size must be positive");
        }
        if (gray < 0f || gray > 1f) {
            throw new IllegalArgumentException("gray must be within 0..1");
        }
    }

    public TextStyle withSize(float newSize) {
        return new TextStyle(newSize, bold, gray);
    }

    public TextStyle asBold() {
        return new TextStyle(size, true, gray);
    }

    /** The distance from one baseline to the next. */
    public float leading() {
        return size * 1.3f;
    }
}
