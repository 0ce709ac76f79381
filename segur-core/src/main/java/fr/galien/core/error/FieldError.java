package fr.galien.core.error;

import fr.galien.core.i18n.MessageKey;
import fr.galien.core.i18n.Messages;
import java.util.List;

/** One validation problem on one field, shown by the UI next to that field. {@code field} names the record component. */
public record FieldError(String field, MessageKey message, List<Object> args) {

    public FieldError {
        args = List.copyOf(args);
    }

    public static FieldError of(String field, MessageKey message, Object... args) {
        return new FieldError(field, message, List.of(args));
    }

    public String text() {
        return Messages.format(message, args.toArray());
    }
}
