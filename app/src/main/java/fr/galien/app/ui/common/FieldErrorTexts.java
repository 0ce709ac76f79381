package fr.galien.app.ui.common;

import fr.galien.core.error.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The error text under each field of a form. Validation errors reported by the core are put under the field they
 * name, so every form shows them the same way; those no field can take go into the form's summary sentence.
 */
public final class FieldErrorTexts {

    private final Map<String, ReadOnlyStringWrapper> errors = new LinkedHashMap<>();

    /** Declares a field (by its key) that has an error line; returns this for chaining. */
    public FieldErrorTexts add(String key) {
        errors.put(key, new ReadOnlyStringWrapper(this, key + "Error", ""));
        return this;
    }

    /** The error under {@code key}; empty when the field is fine. */
    public ReadOnlyStringProperty property(String key) {
        return wrapper(key).getReadOnlyProperty();
    }

    public void set(String key, String text) {
        wrapper(key).set(text);
    }

    public void clear(String key) {
        set(key, "");
    }

    public void clearAll() {
        errors.values().forEach(error -> error.set(""));
    }

    /**
     * Puts each error under its field and returns the form's summary: {@code heading}, then the texts no field
     * could take. Several errors on one field are joined with a space.
     *
     * @param keyFor the key of the field a reported field name belongs to; null (or an unknown key) when none
     */
    public String place(List<FieldError> fieldErrors, UnaryOperator<String> keyFor, String heading) {
        List<String> unplaced = new ArrayList<>();
        for (FieldError fieldError : fieldErrors) {
            String key = keyFor.apply(fieldError.field());
            ReadOnlyStringWrapper target = key == null ? null : errors.get(key);
            if (target == null) {
                unplaced.add(fieldError.text());
            } else {
                target.set(target.get().isEmpty() ? fieldError.text() : target.get() + " " + fieldError.text());
            }
        }
        return unplaced.isEmpty() ? heading : heading + " " + String.join(" ", unplaced);
    }

    private ReadOnlyStringWrapper wrapper(String key) {
        ReadOnlyStringWrapper error = errors.get(key);
        if (error == null) {
            throw new IllegalArgumentException("Unknown field: " + key);
        }
        return error;
    }
}
