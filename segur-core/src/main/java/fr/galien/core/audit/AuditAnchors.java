package fr.galien.core.audit;

import fr.galien.core.error.SegurException;
import fr.galien.core.i18n.Messages;
import fr.galien.core.storage.Transactions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The audit chain's head anchored outside the database (ADR 0005, issue 9 deliverable 7): every {@code audit verify},
 * {@code db check} and {@code db backup} appends the head it saw — sequence number and hash — to
 * {@value #FILE_NAME}, a text file beside the database that is only ever appended to. A later verification checks the
 * chain still holds that row with that hash: deleting every row and resetting the head, or cutting the tail and
 * fixing the head, is then detected — what the chain alone cannot see.
 *
 * <p>A restore legitimately goes back in time: it appends a {@code RESTAURATION} line, and only anchors from the
 * last such line on are checked (all of them: cutting the newest lines off the file leaves the older ones to
 * convict). Someone who can delete files in the data folder can delete this one too: the report
 * then says no anchor was found, and a copy of the anchors kept elsewhere (the last one is printed by every backup
 * and verification) still convicts. Line format: {@code <ISO instant> <ANCRE|RESTAURATION> <seq> <sha-256 hex>}.
 */
public final class AuditAnchors {

    public static final String FILE_NAME = "galien.audit-ancres";

    private static final String ANCHOR = "ANCRE";
    private static final String RESTORE = "RESTAURATION";
    private static final Pattern LINE = Pattern.compile("(\\S+) (ANCRE|RESTAURATION) (\\d{1,18}) ([0-9a-f]{64})");
    private static final String ROW_HASH = "SELECT hash FROM audit_event WHERE seq = ?";
    private static final String HEAD = "SELECT last_seq, last_hash FROM audit_head WHERE id = 1";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss", Locale.FRANCE)
            .withZone(ZoneId.systemDefault());

    /** One anchored head. */
    public record Anchor(Instant at, boolean restore, long seq, String hash) {

        /** {@code n° 12 (empreinte 3fa4c2…, 07/12/2026 22:10:03)}. */
        public String describe() {
            return "n° " + seq + " (empreinte " + hash.substring(0, 12) + "…, " + SHOWN.format(at) + ")";
        }
    }

    /**
     * The anchor check.
     *
     * @param intact    false when the chain no longer holds an anchored head
     * @param checked   the anchor checked (the last one since the last restore), empty when there is none
     * @param reason    French sentence: what was checked, or what is wrong
     */
    public record Check(boolean intact, Optional<Anchor> checked, String reason) {
    }

    private final Path file;

    public AuditAnchors(Path dataDirectory) {
        this.file = dataDirectory.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /** Every anchor, oldest first; unreadable lines are skipped (the check then relies on the others). */
    public List<Anchor> read() throws IOException {
        List<Anchor> anchors = new ArrayList<>();
        if (!Files.exists(file)) {
            return anchors;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
            Matcher m = LINE.matcher(line.strip());
            if (m.matches()) {
                try {
                    anchors.add(new Anchor(Instant.parse(m.group(1)), RESTORE.equals(m.group(2)),
                            Long.parseLong(m.group(3)), m.group(4)));
                } catch (DateTimeParseException | NumberFormatException ignored) {
                    // a damaged line anchors nothing
                }
            }
        }
        return anchors;
    }

    /**
     * Checks every anchor since the last restore (the restore line included) against the chain as it is now, newest
     * first; reports the first that no longer holds, or the newest.
     */
    public Check check(Connection connection) throws SQLException, IOException {
        List<Anchor> anchors = sinceLastRestore(read());
        if (anchors.isEmpty()) {
            return new Check(true, Optional.empty(), Messages.format(AuditMessage.ANCHOR_NONE, file));
        }
        long headSeq = head(connection).map(Head::seq).orElse(0L);
        for (int i = anchors.size() - 1; i >= 0; i--) {
            Anchor anchor = anchors.get(i);
            if (anchor.seq() == 0) {
                continue;
            }
            if (headSeq < anchor.seq()) {
                return new Check(false, Optional.of(anchor), Messages.format(AuditMessage.ANCHOR_TRUNCATED,
                        anchor.describe(), String.valueOf(headSeq)));
            }
            Optional<String> stored = rowHash(connection, anchor.seq());
            if (stored.isEmpty() || !stored.get().equals(anchor.hash())) {
                return new Check(false, Optional.of(anchor),
                        Messages.format(AuditMessage.ANCHOR_REWRITTEN, anchor.describe()));
            }
        }
        Anchor newest = anchors.get(anchors.size() - 1);
        return new Check(true, Optional.of(newest), Messages.format(AuditMessage.ANCHOR_OK, newest.describe(),
                String.valueOf(anchors.size())));
    }

    /** Appends the current head as an anchor; returns it. */
    public Anchor anchor(Connection connection) throws SQLException, IOException {
        return append(connection, false);
    }

    /** After a restore: the restored head becomes the new baseline (older anchors describe the replaced data). */
    public Anchor anchorRestore(Connection connection) throws SQLException, IOException {
        return append(connection, true);
    }

    private Anchor append(Connection connection, boolean restore) throws SQLException, IOException {
        Head head = head(connection).orElse(new Head(0, AuditChain.GENESIS_HASH));
        Anchor anchor = new Anchor(Instant.now().truncatedTo(ChronoUnit.SECONDS), restore, head.seq(), head.hash());
        String line = anchor.at() + " " + (restore ? RESTORE : ANCHOR) + " " + anchor.seq() + " " + anchor.hash()
                + System.lineSeparator();
        Files.writeString(file, line, StandardCharsets.US_ASCII, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                StandardOpenOption.WRITE, StandardOpenOption.SYNC);
        return anchor;
    }

    /** {@link #check(Connection)} in a read transaction; an unreadable file is {@code AUD-0003}. */
    public Check check(Transactions database) {
        return database.read(connection -> io(() -> check(connection)));
    }

    /** {@link #anchor(Connection)} in a read transaction; a file that cannot be appended to is {@code AUD-0003}. */
    public Anchor anchor(Transactions database) {
        return database.read(connection -> io(() -> anchor(connection)));
    }

    /** {@link #anchorRestore(Connection)} in a read transaction. */
    public Anchor anchorRestore(Transactions database) {
        return database.read(connection -> io(() -> anchorRestore(connection)));
    }

    private interface IoSql<T> {
        T run() throws SQLException, IOException;
    }

    private <T> T io(IoSql<T> work) throws SQLException {
        try {
            return work.run();
        } catch (IOException e) {
            throw new SegurException(AuditError.AUD_0003, e, file, e.getClass().getSimpleName());
        }
    }

    static List<Anchor> sinceLastRestore(List<Anchor> anchors) {
        for (int i = anchors.size() - 1; i >= 0; i--) {
            if (anchors.get(i).restore()) {
                return anchors.subList(i, anchors.size());
            }
        }
        return anchors;
    }

    private record Head(long seq, String hash) {
    }

    private static Optional<Head> head(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(HEAD);
             ResultSet row = select.executeQuery()) {
            return row.next() ? Optional.of(new Head(row.getLong(1), row.getString(2).strip())) : Optional.empty();
        }
    }

    private static Optional<String> rowHash(Connection connection, long seq) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(ROW_HASH)) {
            select.setLong(1, seq);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1).strip()) : Optional.empty();
            }
        }
    }
}
