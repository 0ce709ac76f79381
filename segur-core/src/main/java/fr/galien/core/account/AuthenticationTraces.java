package fr.galien.core.account;

import fr.galien.core.security.AuthenticationMethod;
import java.util.regex.Pattern;

/**
 * The detail of an authentication audit row (SSI/IAM.90): {@code method=M identifier="typed" [result]}. Date, time,
 * workstation and outcome are columns of the row. The identifier typed is kept also for unknown accounts (the
 * referential asks for it) when it has the shape of an identifier (1 to {@value #MAX_IDENTIFIER} letters without
 * accent, digits, {@code . _ -}, as logins and national ids are); anything else — typically a passphrase typed into
 * the login field by mistake — is recorded only as its length ({@code (non conforme, N caractères)}), so a password
 * never reaches the trail and the trace's format cannot be broken (ADR 0010).
 */
public final class AuthenticationTraces {

    static final int MAX_IDENTIFIER = 64;
    private static final Pattern IDENTIFIER_SHAPE = Pattern.compile("[A-Za-z0-9._-]{1," + MAX_IDENTIFIER + "}");

    private AuthenticationTraces() {
    }

    /** The identifier as typed when it looks like one, else its length only. */
    public static String identifier(String typed) {
        if (typed == null || typed.isBlank()) {
            return "";
        }
        String stripped = typed.strip();
        if (IDENTIFIER_SHAPE.matcher(stripped).matches()) {
            return stripped;
        }
        return "(non conforme, " + stripped.codePointCount(0, stripped.length()) + " caractères)";
    }

    /** The detail of one attempt; {@code result} is free text after the identifier (may be null). */
    public static String detail(AuthenticationMethod method, String identifier, String result) {
        return "method=" + method.name() + " identifier=\"" + identifier(identifier) + "\""
                + (result == null || result.isBlank() ? "" : " " + result);
    }
}
