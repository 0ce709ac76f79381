package fr.galien.core.audit;

import fr.galien.core.error.SegurException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The hash rule shared by the writer and the verifier: SHA-256 over the previous hash and a canonical encoding of
 * the row, so that neither can drift from the other.
 *
 * <p>The encoding is unambiguous: every field is written as a 4-byte big-endian length (or -1 for null) followed by
 * its UTF-8 bytes, so {@code ("ab","c")} and {@code ("a","bc")} never collide. The time is the number of
 * microseconds since the epoch: both engines store microseconds, so a database round trip reproduces it exactly.
 * Changing anything here breaks every existing chain: add a new version tag instead.
 */
final class AuditChain {

    /** The hash the first row links to. Also seeded in {@code audit_head} by V2. */
    static final String GENESIS_HASH = "0".repeat(64);

    private static final String FORMAT_TAG = "galien-audit-v1";
    private static final HexFormat HEX = HexFormat.of();

    private AuditChain() {
    }

    /** Precision of stored times: anything finer would not survive the database. */
    static Instant truncate(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    static String hash(String prevHash, long seq, Instant occurredAt, String userId, String role,
            String workstationId, UUID patientId, String action, String outcome, String detail) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        field(out, FORMAT_TAG);
        field(out, prevHash);
        field(out, Long.toString(seq));
        field(out, Long.toString(epochMicros(occurredAt)));
        field(out, userId);
        field(out, role);
        field(out, workstationId);
        field(out, patientId == null ? null : patientId.toString());
        field(out, action);
        field(out, outcome);
        field(out, detail);
        return HEX.formatHex(sha256().digest(out.toByteArray()));
    }

    private static long epochMicros(Instant instant) {
        Instant micros = truncate(instant);
        return Math.addExact(Math.multiplyExact(micros.getEpochSecond(), 1_000_000L), micros.getNano() / 1_000L);
    }

    private static void field(ByteArrayOutputStream out, String value) {
        if (value == null) {
            out.writeBytes(ByteBuffer.allocate(4).putInt(-1).array());
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
        out.writeBytes(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new SegurException(AuditError.AUD_0002, e);
        }
    }
}
