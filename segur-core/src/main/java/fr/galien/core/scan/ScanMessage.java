package fr.galien.core.scan;

import fr.galien.core.i18n.MessageKey;

/** Why a GS1 DataMatrix is refused (the {1} of {@code SCN-0003}), and the names of what was scanned. */
public enum ScanMessage implements MessageKey {
    GS1_AI_UNKNOWN("gs1.ai.unknown"),
    GS1_AI_REPEATED("gs1.ai.repeated"),
    GS1_FIELD_SHORT("gs1.field.short"),
    GS1_FIELD_EMPTY("gs1.field.empty"),
    GS1_FIELD_TOO_LONG("gs1.field.tooLong"),
    GS1_FIELD_NOT_NUMERIC("gs1.field.notNumeric"),
    GS1_FIELD_CHARACTER("gs1.field.character"),
    GS1_GTIN_CHECK("gs1.gtin.check"),
    GS1_GTIN_MISSING("gs1.gtin.missing"),
    GS1_DATE_INVALID("gs1.date.invalid"),
    KIND_ERX("kind.erx"),
    KIND_INS("kind.ins"),
    KIND_BOX("kind.box"),
    KIND_APCV("kind.apcv"),
    KIND_UNKNOWN("kind.unknown");

    private final String key;

    ScanMessage(String key) {
        this.key = key;
    }

    @Override
    public String bundle() {
        return "i18n.scan";
    }

    @Override
    public String key() {
        return key;
    }
}
