package fr.galien.mssante;

import fr.galien.core.error.ErrorCatalog;
import fr.galien.core.error.ErrorCode;
import java.util.ArrayList;
import java.util.List;

public final class MssClientErrorCatalog implements ErrorCatalog {

    @Override
    public List<? extends ErrorCode> codes() {
        List<ErrorCode> codes = new ArrayList<>(List.of(MssClientError.values()));
        codes.addAll(List.of(AnnuaireError.values()));
        return codes;
    }
}
