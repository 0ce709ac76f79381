package fr.galien.core.mssante;

import java.util.Locale;

/**
 * An HTML body turned into plain text for the reading pane: tags dropped, {@code script}/{@code style}/{@code head}
 * content dropped, a few entities decoded. Nothing is ever rendered or fetched (no remote image, no script), so a
 * hostile HTML mail can do no more than show its words.
 */
public final class HtmlText {

    private static final int MAX = 2_000_000;

    private HtmlText() {
    }

    public static String toPlainText(String html) {
        String text = html.length() > MAX ? html.substring(0, MAX) : html;
        StringBuilder out = new StringBuilder(Math.min(text.length(), 64_000));
        String lower = text.toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '<') {
                int close = text.indexOf('>', i);
                if (close < 0) {
                    break;
                }
                String tag = lower.substring(i + 1, close).strip();
                String name = tag.split("[\\s/>]", 2)[0];
                if (name.equals("script") || name.equals("style") || name.equals("head") || name.equals("title")) {
                    int end = lower.indexOf("</" + name, close);
                    i = end < 0 ? text.length() : lower.indexOf('>', end) < 0 ? text.length()
                            : lower.indexOf('>', end) + 1;
                    continue;
                }
                if (name.equals("br") || name.equals("p") || name.equals("/p") || name.equals("div")
                        || name.equals("/div") || name.equals("li") || name.equals("tr") || name.startsWith("h")) {
                    out.append('\n');
                }
                i = close + 1;
            } else if (c == '&') {
                int semi = text.indexOf(';', i);
                if (semi > i && semi - i <= 8) {
                    out.append(entity(text.substring(i + 1, semi)));
                    i = semi + 1;
                } else {
                    out.append(c);
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString().replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" *\\n[ \\n]*", "\n").strip();
    }

    private static String entity(String name) {
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos", "#39" -> "'";
            case "nbsp" -> " ";
            case "eacute" -> "é";
            case "egrave" -> "è";
            case "agrave" -> "à";
            case "ccedil" -> "ç";
            default -> {
                try {
                    if (name.startsWith("#x")) {
                        yield new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
                    } else if (name.startsWith("#")) {
                        yield new String(Character.toChars(Integer.parseInt(name.substring(1))));
                    }
                } catch (IllegalArgumentException e) {
                    yield "";
                }
                yield "";
            }
        };
    }
}
