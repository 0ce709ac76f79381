package fr.galien.core.mssante;

import fr.galien.core.error.SegurException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bounded reader of received RFC 5322 / MIME messages (RFC 2045–2047, 2231; reports RFC 3464, 8098). The core reads
 * received mail itself, not through a mail library, so that every limit is its own: at most {@link #MAX_BYTES} in
 * all (the connector refuses a larger message before downloading it), {@link #MAX_PARTS} parts,
 * {@link #MAX_DEPTH} levels of nesting, {@link #MAX_HEADERS} header lines per part. A message beyond a limit is
 * refused with {@code MSS-0009}; one it cannot read with {@code MSS-0010} — never another exception. Nothing is
 * written anywhere: the result is in memory.
 */
public final class MimeReader {

    public static final int MAX_BYTES = 30 * 1024 * 1024;
    public static final int MAX_PARTS = 500;
    public static final int MAX_DEPTH = 8;
    public static final int MAX_HEADERS = 1_000;

    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?]{1,40})\\?([bBqQ])\\?([^?]*)\\?=");
    private static final Pattern ADDRESS = Pattern.compile("<([^<>\\s]+@[^<>\\s]+)>|([^\\s<>\",;:]+@[^\\s<>\",;:]+)");

    private int parts;

    private MimeReader() {
    }

    public static ReceivedMail read(byte[] message) {
        if (message.length > MAX_BYTES) {
            throw new SegurException(MssError.MSS_0009, "plus de " + MAX_BYTES / 1024 / 1024 + " Mo");
        }
        try {
            return new MimeReader().readMessage(message);
        } catch (SegurException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new SegurException(MssError.MSS_0010, e, e.getClass().getSimpleName());
        }
    }

    private ReceivedMail readMessage(byte[] message) {
        Entity root = entity(message, 0, message.length);
        Map<String, String> headers = root.headers;
        List<ReceivedMail.Part> attachments = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        StringBuilder html = new StringBuilder();
        ReceivedMail.Report[] report = new ReceivedMail.Report[1];
        walk(message, root, 0, attachments, plain, html, report);
        Map<String, String> kept = new LinkedHashMap<>();
        headers.forEach((name, value) -> {
            if (name.startsWith("x-mss-") || name.equals("disposition-notification-to")
                    || name.equals("return-receipt-to")) {
                kept.put(name.toUpperCase(Locale.ROOT).startsWith("X-MSS-") ? name.toUpperCase(Locale.ROOT)
                        : canonical(name), decodeWords(value).strip());
            }
        });
        String from = headers.getOrDefault("from", "");
        List<String> fromAddresses = addresses(from);
        String text = plain.length() > 0 ? plain.toString() : HtmlText.toPlainText(html.toString());
        return new ReceivedMail(messageId(headers.get("message-id")), fromAddresses.isEmpty() ? null
                : fromAddresses.get(0), displayName(from), addresses(headers.getOrDefault("to", "")),
                decodeWords(headers.getOrDefault("subject", "")).strip(), headers.get("date"),
                messageId(headers.get("in-reply-to")), kept, text, attachments, Optional.ofNullable(report[0]));
    }

    private void walk(byte[] message, Entity entity, int depth, List<ReceivedMail.Part> attachments,
                      StringBuilder plain, StringBuilder html, ReceivedMail.Report[] report) {
        if (++parts > MAX_PARTS) {
            throw new SegurException(MssError.MSS_0009, "plus de " + MAX_PARTS + " parties");
        }
        if (depth > MAX_DEPTH) {
            throw new SegurException(MssError.MSS_0009, "plus de " + MAX_DEPTH + " niveaux d'imbrication");
        }
        String type = entity.type();
        String fileName = entity.fileName();
        if (type.startsWith("multipart/")) {
            String boundary = entity.parameters.get("boundary");
            if (boundary == null || boundary.isEmpty() || boundary.length() > 200) {
                throw new SegurException(MssError.MSS_0010, "frontière multipart absente");
            }
            for (int[] range : split(message, entity.bodyStart, entity.bodyEnd, boundary)) {
                walk(message, entity(message, range[0], range[1]), depth + 1, attachments, plain, html, report);
            }
            return;
        }
        byte[] content = decode(message, entity);
        boolean attachment = fileName != null || "attachment".equals(entity.disposition);
        if (type.equals("message/delivery-status") || type.equals("message/disposition-notification")) {
            report[0] = report(type, new String(content, StandardCharsets.UTF_8));
            return;
        }
        if (!attachment && type.equals("text/plain") && plain.length() == 0) {
            plain.append(new String(content, entity.charset()));
        } else if (!attachment && type.equals("text/html") && html.length() == 0) {
            html.append(new String(content, entity.charset()));
        } else {
            attachments.add(new ReceivedMail.Part(fileName == null ? "piece-" + attachments.size() : fileName,
                    type, content));
        }
    }

    private static ReceivedMail.Report report(String type, String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : unfold(text).split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                fields.putIfAbsent(line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).strip());
            }
        }
        String recipient = stripType(fields.getOrDefault("final-recipient", fields.get("original-recipient")));
        if (type.equals("message/delivery-status")) {
            return new ReceivedMail.Report(ReceivedMail.ReportKind.DELIVERY, messageId(fields.get("x-original-message-id")
                    ), recipient, fields.get("action"), fields.get("diagnostic-code"));
        }
        return new ReceivedMail.Report(ReceivedMail.ReportKind.DISPOSITION, messageId(fields.get("original-message-id")),
                recipient, fields.get("disposition"), null);
    }

    private static String stripType(String value) {
        if (value == null) {
            return null;
        }
        int semi = value.indexOf(';');
        return (semi >= 0 ? value.substring(semi + 1) : value).strip();
    }

    /** The ranges of the body parts between {@code --boundary} lines. */
    private static List<int[]> split(byte[] message, int start, int end, String boundary) {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        List<int[]> ranges = new ArrayList<>();
        int partStart = -1;
        int line = start;
        while (line < end) {
            int next = lineEnd(message, line, end);
            if (startsWith(message, line, next, delimiter)) {
                int after = line + delimiter.length;
                boolean closing = after + 1 < end && message[after] == '-' && message[after + 1] == '-';
                if (partStart >= 0) {
                    int partEnd = line;
                    if (partEnd > partStart && message[partEnd - 1] == '\n') {
                        partEnd--;
                        if (partEnd > partStart && message[partEnd - 1] == '\r') {
                            partEnd--;
                        }
                    }
                    ranges.add(new int[] {partStart, partEnd});
                    if (ranges.size() > MAX_PARTS) {
                        throw new SegurException(MssError.MSS_0009, "plus de " + MAX_PARTS + " parties");
                    }
                }
                if (closing) {
                    return ranges;
                }
                partStart = skipNewline(message, next, end);
            }
            line = skipNewline(message, next, end);
        }
        if (partStart >= 0 && partStart < end) {
            ranges.add(new int[] {partStart, end});
        }
        return ranges;
    }

    private static boolean startsWith(byte[] data, int from, int to, byte[] prefix) {
        if (to - from < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[from + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int lineEnd(byte[] data, int from, int end) {
        int i = from;
        while (i < end && data[i] != '\n') {
            i++;
        }
        return i > from && data[i - 1] == '\r' ? i - 1 : i;
    }

    private static int skipNewline(byte[] data, int i, int end) {
        if (i < end && data[i] == '\r') {
            i++;
        }
        if (i < end && data[i] == '\n') {
            i++;
        }
        return i;
    }

    /** The headers of the entity in {@code [start, end)} and where its body starts. */
    private static Entity entity(byte[] message, int start, int end) {
        Map<String, String> headers = new LinkedHashMap<>();
        int line = start;
        String name = null;
        StringBuilder value = new StringBuilder();
        int count = 0;
        while (line < end) {
            int next = lineEnd(message, line, end);
            if (next == line) {
                line = skipNewline(message, next, end);
                break;
            }
            if (++count > MAX_HEADERS) {
                throw new SegurException(MssError.MSS_0009, "plus de " + MAX_HEADERS + " lignes d'en-tête");
            }
            String text = new String(message, line, Math.min(next - line, 100_000), StandardCharsets.UTF_8);
            if ((text.startsWith(" ") || text.startsWith("\t")) && name != null) {
                if (value.length() < 100_000) {
                    value.append(' ').append(text.strip());
                }
            } else {
                if (name != null) {
                    headers.putIfAbsent(name, value.toString());
                }
                int colon = text.indexOf(':');
                if (colon <= 0) {
                    name = null;
                } else {
                    name = text.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                    value.setLength(0);
                    value.append(text.substring(colon + 1).strip());
                }
            }
            line = skipNewline(message, next, end);
        }
        if (name != null) {
            headers.putIfAbsent(name, value.toString());
        }
        return new Entity(headers, Math.min(line, end), end);
    }

    private static byte[] decode(byte[] message, Entity entity) {
        String encoding = entity.headers.getOrDefault("content-transfer-encoding", "7bit").strip()
                .toLowerCase(Locale.ROOT);
        int length = Math.max(0, entity.bodyEnd - entity.bodyStart);
        return switch (encoding) {
            case "base64" -> {
                byte[] clean = new byte[length];
                int n = 0;
                for (int i = entity.bodyStart; i < entity.bodyEnd; i++) {
                    byte b = message[i];
                    if ((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '+'
                            || b == '/') {
                        clean[n++] = b;
                    }
                }
                int usable = n - n % 4;
                byte[] body = java.util.Arrays.copyOf(clean, usable + (n % 4 == 0 ? 0 : 4));
                for (int i = n; i < body.length; i++) {
                    body[i] = '=';
                }
                if (n % 4 == 1) {
                    body = java.util.Arrays.copyOf(clean, usable);
                }
                try {
                    yield Base64.getDecoder().decode(body);
                } catch (IllegalArgumentException e) {
                    throw new SegurException(MssError.MSS_0010, "base64 invalide");
                }
            }
            case "quoted-printable" -> quotedPrintable(message, entity.bodyStart, entity.bodyEnd);
            default -> java.util.Arrays.copyOfRange(message, entity.bodyStart, entity.bodyStart + length);
        };
    }

    private static byte[] quotedPrintable(byte[] data, int start, int end) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(end - start);
        int i = start;
        while (i < end) {
            byte b = data[i];
            if (b == '=') {
                if (i + 1 < end && (data[i + 1] == '\r' || data[i + 1] == '\n')) {
                    i = skipNewline(data, i + 1, end);
                    continue;
                }
                if (i + 2 < end) {
                    int hi = Character.digit(data[i + 1], 16);
                    int lo = Character.digit(data[i + 2], 16);
                    if (hi >= 0 && lo >= 0) {
                        out.write(hi * 16 + lo);
                        i += 3;
                        continue;
                    }
                }
            }
            out.write(b);
            i++;
        }
        return out.toByteArray();
    }

    /** RFC 2047 encoded words ({@code =?UTF-8?B?…?=}); an unknown charset leaves the word as it is. */
    static String decodeWords(String text) {
        if (text == null || !text.contains("=?")) {
            return text == null ? "" : text;
        }
        Matcher matcher = ENCODED_WORD.matcher(text.replaceAll("\\?=\\s+=\\?", "?==?"));
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String decoded;
            try {
                Charset charset = Charset.forName(matcher.group(1).split("\\*")[0]);
                byte[] bytes = matcher.group(2).equalsIgnoreCase("B")
                        ? Base64.getMimeDecoder().decode(matcher.group(3))
                        : qWord(matcher.group(3));
                decoded = new String(bytes, charset);
            } catch (IllegalArgumentException e) {
                decoded = matcher.group();
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(decoded));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static byte[] qWord(String word) {
        byte[] raw = word.replace('_', ' ').getBytes(StandardCharsets.ISO_8859_1);
        return quotedPrintable(raw, 0, raw.length);
    }

    private static String unfold(String text) {
        return text.replace("\r\n", "\n").replaceAll("\n[ \t]+", " ");
    }

    static List<String> addresses(String header) {
        List<String> found = new ArrayList<>();
        Matcher matcher = ADDRESS.matcher(header);
        while (matcher.find() && found.size() < 500) {
            String address = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
            found.add(address.toLowerCase(Locale.ROOT));
        }
        return found;
    }

    private static String displayName(String from) {
        int angle = from.indexOf('<');
        if (angle <= 0) {
            return null;
        }
        String name = decodeWords(from.substring(0, angle).strip());
        if (name.startsWith("\"") && name.endsWith("\"") && name.length() >= 2) {
            name = name.substring(1, name.length() - 1);
        }
        return name.isBlank() ? null : name;
    }

    static String messageId(String value) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        int open = text.indexOf('<');
        int close = text.indexOf('>', open + 1);
        if (open >= 0 && close > open) {
            text = text.substring(open + 1, close);
        }
        return text.isEmpty() || text.length() > 250 ? null : text;
    }

    private static String canonical(String name) {
        StringBuilder out = new StringBuilder();
        for (String piece : name.split("-")) {
            if (!out.isEmpty()) {
                out.append('-');
            }
            out.append(piece.isEmpty() ? "" : Character.toUpperCase(piece.charAt(0)) + piece.substring(1));
        }
        return out.toString();
    }

    /** One MIME entity: its headers and where its body lies in the message. */
    private static final class Entity {
        final Map<String, String> headers;
        final Map<String, String> parameters;
        final String disposition;
        final int bodyStart;
        final int bodyEnd;

        Entity(Map<String, String> headers, int bodyStart, int bodyEnd) {
            this.headers = headers;
            this.bodyStart = bodyStart;
            this.bodyEnd = bodyEnd;
            this.parameters = parameters(headers.getOrDefault("content-type", "text/plain"));
            Map<String, String> dispositionParameters = parameters(headers.getOrDefault("content-disposition", ""));
            this.disposition = dispositionParameters.get("");
            String fileName = dispositionParameters.get("filename");
            if (fileName != null) {
                parameters.putIfAbsent("name", fileName);
            }
        }

        String type() {
            String type = parameters.getOrDefault("", "text/plain");
            return type.isEmpty() ? "text/plain" : type;
        }

        String fileName() {
            String name = parameters.get("name");
            if (name == null) {
                return null;
            }
            String decoded = decodeWords(name);
            // A received file name is a label only: keep its last segment, printable.
            decoded = decoded.substring(Math.max(decoded.lastIndexOf('/'), decoded.lastIndexOf('\\')) + 1);
            decoded = decoded.replaceAll("\\p{Cntrl}", "");
            return decoded.length() > 200 ? decoded.substring(0, 200) : decoded.isBlank() ? null : decoded;
        }

        Charset charset() {
            try {
                return Charset.forName(parameters.getOrDefault("charset", "UTF-8"));
            } catch (IllegalArgumentException e) {
                return StandardCharsets.UTF_8;
            }
        }

        /** {@code ""} holds the value before the first {@code ;} (lower case); RFC 2231 {@code name*=} decoded. */
        private static Map<String, String> parameters(String header) {
            Map<String, String> parameters = new LinkedHashMap<>();
            List<String> pieces = new ArrayList<>();
            StringBuilder piece = new StringBuilder();
            boolean quoted = false;
            for (char c : header.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                    continue;
                }
                if (c == ';' && !quoted) {
                    pieces.add(piece.toString());
                    piece.setLength(0);
                } else {
                    piece.append(c);
                }
                if (pieces.size() > 50) {
                    break;
                }
            }
            pieces.add(piece.toString());
            parameters.put("", pieces.get(0).strip().toLowerCase(Locale.ROOT));
            StringBuilder continued = new StringBuilder();
            String continuedName = null;
            for (String p : pieces.subList(1, pieces.size())) {
                int eq = p.indexOf('=');
                if (eq <= 0) {
                    continue;
                }
                String name = p.substring(0, eq).strip().toLowerCase(Locale.ROOT);
                String value = p.substring(eq + 1).strip();
                if (name.endsWith("*") || name.matches(".*\\*\\d+\\*?")) {
                    String base = name.replaceAll("\\*.*$", "");
                    if (!base.equals(continuedName)) {
                        continuedName = base;
                        continued.setLength(0);
                    }
                    continued.append(value);
                    parameters.put(base, rfc2231(continued.toString()));
                } else {
                    parameters.putIfAbsent(name, value);
                }
            }
            return parameters;
        }

        private static String rfc2231(String value) {
            int first = value.indexOf('\'');
            int second = first < 0 ? -1 : value.indexOf('\'', first + 1);
            if (second < 0) {
                return value;
            }
            Charset charset;
            try {
                charset = Charset.forName(value.substring(0, first));
            } catch (IllegalArgumentException e) {
                charset = StandardCharsets.UTF_8;
            }
            String encoded = value.substring(second + 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int i = 0; i < encoded.length(); i++) {
                char c = encoded.charAt(i);
                if (c == '%' && i + 2 < encoded.length() && Character.digit(encoded.charAt(i + 1), 16) >= 0
                        && Character.digit(encoded.charAt(i + 2), 16) >= 0) {
                    out.write(Integer.parseInt(encoded.substring(i + 1, i + 3), 16));
                    i += 2;
                } else {
                    out.write(c);
                }
            }
            return out.toString(charset);
        }
    }
}
