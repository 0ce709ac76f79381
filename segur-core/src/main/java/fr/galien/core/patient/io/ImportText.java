package fr.galien.core.patient.io;

import fr.galien.core.error.SegurException;
import fr.galien.core.storage.Sizes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads an import file as text, bounded and strict: at most {@link #maxBytes()} bytes (refused before reading them,
 * {@code IO-0012}), decoded with the chosen charset and refused — not mangled — when the bytes do not fit it
 * ({@code IO-0010}, naming the line, the encoding the bytes look like and how to convert).
 */
public final class ImportText {

    /** Largest import accepted by default: enough for ~250,000 patients in CSV, bounded in a 512 MB heap. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;
    /** Override for installations that import more at once (bytes). */
    public static final String MAX_BYTES_PROPERTY = "galien.import.maxBytes";

    /** Encodings an import may be declared in ({@code --encoding}). */
    public enum Encoding {
        UTF8(StandardCharsets.UTF_8, "utf8"),
        LATIN1(Charset.forName("windows-1252"), "latin1");

        private final Charset charset;
        private final String option;

        Encoding(Charset charset, String option) {
            this.charset = charset;
            this.option = option;
        }

        public Charset charset() {
            return charset;
        }

        public String option() {
            return option;
        }
    }

    private ImportText() {
    }

    public static long maxBytes() {
        return Long.getLong(MAX_BYTES_PROPERTY, DEFAULT_MAX_BYTES);
    }

    /**
     * @throws SegurException {@code IO-0005} unreadable, {@code IO-0010} not in {@code encoding}, {@code IO-0012} too
     *                        large
     */
    public static String read(Path file, Encoding encoding) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            long max = maxBytes();
            if (size > max) {
                throw new SegurException(IoError.IO_0012, file, Sizes.describe(size), Sizes.describe(max));
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 16));
            }
            if (bytes.length > max) {
                throw new SegurException(IoError.IO_0012, file, "plus de " + Sizes.describe(max), Sizes.describe(max));
            }
        } catch (IOException e) {
            throw new SegurException(IoError.IO_0005, e, e.getClass().getSimpleName());
        }
        return decode(file, bytes, encoding);
    }

    static String decode(Path file, byte[] bytes, Encoding encoding) {
        CharsetDecoder decoder = encoding.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int offset = firstInvalidUtf8(bytes);
            String guessed = guess(bytes);
            String iconv = guessed.startsWith("UTF-16") ? "UTF-16" : "WINDOWS-1252";
            String option = guessed.startsWith("UTF-16") ? "utf8 (après conversion)" : Encoding.LATIN1.option();
            throw new SegurException(IoError.IO_0010, e, file.getFileName(), String.valueOf(lineOf(bytes, offset)),
                    encoding.charset().name().toUpperCase(Locale.ROOT), guessed, iconv, option);
        }
    }

    /** What the bytes look like: UTF-16 (byte-order mark or NULs), else Windows-1252 / Latin-1 (French accents). */
    static String guess(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            return "UTF-16";
        }
        int nuls = 0;
        for (int i = 0; i < Math.min(bytes.length, 4096); i++) {
            if (bytes[i] == 0) {
                nuls++;
            }
        }
        if (nuls > 16) {
            return "UTF-16";
        }
        return "Windows-1252 (Latin-1, celui d'Excel sous Windows)";
    }

    /** Offset of the first byte that is not valid UTF-8, or the length when all is valid. */
    static int firstInvalidUtf8(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int extra;
            if (b < 0x80) {
                extra = 0;
            } else if (b >= 0xC2 && b <= 0xDF) {
                extra = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                extra = 2;
            } else if (b >= 0xF0 && b <= 0xF4) {
                extra = 3;
            } else {
                return i;
            }
            if (i + extra >= bytes.length) {
                return i;
            }
            for (int k = 1; k <= extra; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += extra + 1;
        }
        return bytes.length;
    }

    /** 1-based line of {@code offset} (LF, CRLF or CR end a line). */
    static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, bytes.length); i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                line++;
            }
        }
        return line;
    }
}
