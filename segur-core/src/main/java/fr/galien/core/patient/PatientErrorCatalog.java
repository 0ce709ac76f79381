package fr.galien.core.patient;

import fr.galien.core.error.ErrorCatalog;
import fr.galien.core.error.ErrorCode;
import java.util.List;

public final class PatientErrorCatalog implements ErrorCatalog {

    @Override
    public List<? extends ErrorCode> codes() {
        return List.of(PatientError.values());
    }
}
