package fr.galien.core.scan;

import fr.galien.core.error.ErrorCode;
import fr.galien.core.identity.DatamatrixIdentity;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What the counter's scan field read, and so where it goes: an e-prescription to fetch, an identity to check, a box
 * for the dispensation line, an appli carte Vitale reading to start — or a clear refusal. {@code read()} is the text
 * as read, made printable (GS shown as {@code <GS>}, cut at 120 characters).
 */
public sealed interface ScanResult {

    /** What was read, printable. */
    String read();

    /** The e-prescription's unique identifier (18 characters, specs §4.3): fetch it from the service. */
    record ErxIdentifier(String read, String identifier) implements ScanResult {
    }

    /** An INS datamatrix (specs §2.6): a proposal for the identity flow, to check with INSi. */
    record InsDatamatrixScan(String read, DatamatrixIdentity identity) implements ScanResult {
    }

    /**
     * A medicine box: its GS1 DataMatrix or its EAN-13 barcode.
     *
     * @param cip13  the presentation's CIP13
     * @param expiry the expiry date (DataMatrix only), null for an EAN-13
     * @param lot    the lot number, null when absent
     * @param serial the serial number, null when absent
     * @param guessed the scanner sent no GS separator, so the lot / serial split was guessed: show them to check
     */
    record MedicineBox(String read, String cip13, LocalDate expiry, String lot, String serial, boolean guessed)
            implements ScanResult {

        public Optional<LocalDate> expiryDate() {
            return Optional.ofNullable(expiry);
        }

        /** True when the expiry date is before {@code today} (the box may still be used on its expiry day). */
        public boolean expiredOn(LocalDate today) {
            return expiry != null && expiry.isBefore(today);
        }
    }

    /** The QR code of the appli carte Vitale (our sandbox contract: {@code APCV1:…}): start an ApCV reading. */
    record ApCvQr(String read, String content) implements ScanResult {
    }

    /**
     * Nothing the counter knows, or a known code that cannot be used.
     *
     * @param code    the stable code ({@code SCN-…})
     * @param message the French sentence, saying what was read
     */
    record Unknown(String read, ErrorCode code, String message) implements ScanResult {
    }
}
