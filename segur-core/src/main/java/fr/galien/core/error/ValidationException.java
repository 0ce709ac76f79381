package fr.galien.core.error;

import java.util.List;
import java.util.stream.Collectors;

/** Input refused before anything is saved; carries every field error so the form can show them all at once. */
public class ValidationException extends SegurException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> fieldErrors;

    public ValidationException(List<FieldError> fieldErrors) {
        super(CoreError.CORE_0001, fieldErrors.stream().map(FieldError::text).collect(Collectors.joining(" ; ")));
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
