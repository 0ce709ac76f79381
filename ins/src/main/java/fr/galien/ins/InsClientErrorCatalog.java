package fr.galien.ins;

import fr.galien.core.error.ErrorCatalog;
import fr.galien.core.error.ErrorCode;
import java.util.ArrayList;
import java.util.List;

/** The ins module's error codes: INSi client ({@code INS-0100..0149}) and ApCV client ({@code INS-0150..0199}). */
public final class InsClientErrorCatalog implements ErrorCatalog {

    @Override
    public List<? extends ErrorCode> codes() {
        List<ErrorCode> codes = new ArrayList<>(List.of(InsiError.values()));
        codes.addAll(List.of(ApCvError.values()));
        return codes;
    }
}
