package fr.galien.core.mssante;

import fr.galien.core.error.ErrorCatalog;
import fr.galien.core.error.ErrorCode;
import java.util.ArrayList;
import java.util.List;

public final class MssErrorCatalog implements ErrorCatalog {

    @Override
    public List<? extends ErrorCode> codes() {
        List<ErrorCode> codes = new ArrayList<>(List.of(MssError.values()));
        codes.addAll(List.of(XdmError.values()));
        return codes;
    }
}
