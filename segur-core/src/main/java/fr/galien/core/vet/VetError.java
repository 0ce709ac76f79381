package fr.galien.core.vet;

import fr.galien.core.error.ErrorCode;

/** Error codes of the owner and animal registry. French texts: {@code i18n/vet.properties}. Append only. */
public enum VetError implements ErrorCode {
    /** An animal cannot be added to, or edited under, an archived owner. */
    VET_0001;

    @Override
    public String bundle() {
        return "i18n.vet";
    }

    @Override
    public String code() {
        return name().replace('_', '-');
    }
}
