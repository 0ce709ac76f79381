package fr.galien.core.document;

import fr.galien.core.error.SegurException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.UUID;
import java.util.regex.Pattern;

/** Document unique ids: generated as UUID-derived OIDs ({@code 2.25.n}, ITU-T X.667), checked when received. */
public final class DocumentIds {

    /** OIDs and the DMP's {@code root^extension} form; nothing that could break a header, a path or markup. */
    private static final Pattern UNIQUE_ID = Pattern.compile("[0-9A-Za-z.\\-^_]{1,128}");

    private DocumentIds() {
    }

    /** A new, globally unique OID. */
    public static String newOid() {
        return oidOf(UUID.randomUUID());
    }

    /** The {@code 2.25} OID of a UUID (its 128 bits as an unsigned decimal). */
    public static String oidOf(UUID uuid) {
        ByteBuffer bytes = ByteBuffer.allocate(16);
        bytes.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
        return "2.25." + new BigInteger(1, bytes.array());
    }

    /** @throws SegurException {@code DOC-0009} when {@code uniqueId} cannot be a document id */
    public static String checked(String uniqueId) {
        if (uniqueId == null || !UNIQUE_ID.matcher(uniqueId).matches()) {
            throw new SegurException(DocumentError.DOC_0009);
        }
        return uniqueId;
    }
}
