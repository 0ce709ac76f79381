package fr.galien.kit.xml;

import fr.galien.core.error.SegurException;
import fr.galien.core.i18n.Messages;
import fr.galien.kit.KitError;

/**
 * A document {@link SafeXmlReader} refuses. Checked, so each caller says what it means for its own protocol (the
 * INSi client answers {@code INS-0105/0107/0108}, the INSi simulator a SOAP fault); {@link #toSegurException()}
 * gives the kit's code when the caller has none. {@link #detail()} is a short French phrase with positions and
 * limits, never document content.
 */
public final class XmlRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** Not well-formed: truncated, bad encoding, garbage, no element, several roots. */
        MALFORMED(KitError.KIT_0003),
        /** A DOCTYPE, entity or notation declaration, or an entity reference. */
        DECLARATION(KitError.KIT_0004),
        /** Beyond a {@link XmlLimits} bound. */
        LIMIT(KitError.KIT_0005);

        private final KitError code;

        Reason(KitError code) {
            this.code = code;
        }

        public KitError code() {
            return code;
        }
    }

    private final Reason reason;
    private final String detail;

    XmlRefusedException(Reason reason, String detail, Throwable cause) {
        super(reason + ": " + detail, cause);
        this.reason = reason;
        this.detail = detail;
    }

    public Reason reason() {
        return reason;
    }

    /** E.g. {@code ligne 3, colonne 12}, {@code DOCTYPE}, {@code profondeur supérieure à 32}. */
    public String detail() {
        return detail;
    }

    /** The kit's French sentence for this refusal, without the code. */
    public String userMessage() {
        return Messages.format(reason.code(), detail);
    }

    /** {@code KIT-0003..0005}, for callers without a code of their own. */
    public SegurException toSegurException() {
        return new SegurException(reason.code(), this, detail);
    }
}
