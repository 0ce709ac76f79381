package fr.galien.core.drug;

import fr.galien.core.i18n.MessageKey;

/** Why one line of a BDPM file is refused (the {2} of {@code DRG-0003}), and catalogue texts. */
public enum DrugMessage implements MessageKey {
    LINE_COLUMNS("line.columns"),
    LINE_CIS_INVALID("line.cis.invalid"),
    LINE_CIP13_INVALID("line.cip13.invalid"),
    LINE_CIP7_INVALID("line.cip7.invalid"),
    LINE_PRICE_INVALID("line.price.invalid"),
    LINE_GENERIC_TYPE_INVALID("line.genericType.invalid"),
    LINE_GENERIC_GROUP_INVALID("line.genericGroup.invalid"),
    LINE_DUPLICATE_CIS("line.duplicate.cis"),
    LINE_DUPLICATE_CIP13("line.duplicate.cip13"),
    LINE_EMPTY_VALUE("line.empty"),
    LINE_TOO_LONG("line.tooLong"),
    LINE_CONTROL_CHARACTER("line.control"),
    LINE_UNREADABLE_CHARACTER("line.unreadable"),
    COMPACT_HEADER("compact.header"),
    COMPACT_RECORD("compact.record");

    private final String key;

    DrugMessage(String key) {
        this.key = key;
    }

    @Override
    public String bundle() {
        return "i18n.drug";
    }

    @Override
    public String key() {
        return key;
    }
}
