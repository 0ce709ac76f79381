package fr.galien.core.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds SQL built from strings in Java sources ("no string-built SQL", decisions.md). Deliberately simple: a small
 * lexer (comments, strings, text blocks) and two rules, no parser.
 *
 * <ol>
 *   <li>The first argument of every {@code prepareStatement(} / {@code prepareCall(} call is a string literal or an
 *       UPPER_CASE constant (optionally qualified, {@code Rows.COLUMNS}).</li>
 *   <li>A SQL constant ({@code static final String}, used by such a call, referenced by another SQL constant, named
 *       {@code …SQL}, or holding a literal that starts with a SQL verb) is built only from string literals and other
 *       UPPER_CASE constants joined by {@code +}: no variable, no method call ({@code formatted}, {@code join} …).</li>
 * </ol>
 *
 * <p>Escape hatch, for SQL that is constant but reaches the call through a variable (a table of constant
 * statements): end the line of the call with {@code // constant SQL: <where the constants are>}. A reviewer sees it.
 *
 * <p>Usage in a module: {@code assertThat(SqlSourceScanner.scan(Path.of("src/main/java"))).isEmpty();}
 */
public final class SqlSourceScanner {

    /** One finding, printed as {@code File.java:12: message} so the failure points at the line. */
    public record Violation(String file, int line, String message) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + message;
        }
    }

    private static final Set<String> PREPARE_METHODS = Set.of("prepareStatement", "prepareCall");
    private static final Pattern CONSTANT_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern SQL_START = Pattern.compile(
            "(?is)\\s*(SELECT|INSERT|UPDATE|DELETE|MERGE|WITH|CREATE|ALTER|DROP|TRUNCATE|CALL)\\b.*");
    private static final Set<String> MODIFIERS = Set.of("public", "protected", "private", "static", "final");

    private SqlSourceScanner() {
    }

    /** Scans every {@code .java} file under {@code sourceRoot}. */
    public static List<Violation> scan(Path sourceRoot) {
        List<Violation> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                String name = sourceRoot.relativize(file).toString();
                violations.addAll(scanSource(name, Files.readString(file, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return violations;
    }

    private static boolean declaredConstant(String source, int line) {
        String[] lines = source.split("\n", -1);
        return line >= 1 && line <= lines.length && lines[line - 1].contains("// constant SQL:");
    }

    /** Scans one compilation unit given as text ({@code fileName} only labels the findings). */
    public static List<Violation> scanSource(String fileName, String source) {
        List<Token> tokens = Lexer.tokenize(source);
        List<Violation> violations = new ArrayList<>();
        Map<String, Constant> constants = stringConstants(tokens);
        Set<String> sqlConstants = new HashSet<>();

        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.kind() != Kind.IDENT || !PREPARE_METHODS.contains(token.text())
                    || !tokens.get(i + 1).is("(") || isDeclaration(tokens, i)) {
                continue;
            }
            List<Token> argument = firstArgument(tokens, i + 2);
            if (isLiteral(argument)) {
                continue;
            }
            String constant = constantName(argument);
            if (constant == null && !declaredConstant(source, token.line())) {
                violations.add(new Violation(fileName, token.line(), token.text() + " with non-constant SQL: "
                        + text(argument) + " (use a literal or a static final String)"));
            } else if (constant != null) {
                sqlConstants.add(constant);
            }
        }

        for (Constant constant : constants.values()) {
            if (constant.name().endsWith("SQL") || constant.expression().stream()
                    .anyMatch(t -> t.kind() == Kind.STRING && SQL_START.matcher(t.text()).matches())) {
                sqlConstants.add(constant.name());
            }
        }
        // Constants that SQL constants are built from are SQL too (e.g. a shared column list).
        List<String> work = new ArrayList<>(sqlConstants);
        while (!work.isEmpty()) {
            Constant constant = constants.get(work.remove(work.size() - 1));
            if (constant == null) {
                continue;
            }
            for (Token part : constant.expression()) {
                if (part.kind() == Kind.IDENT && CONSTANT_NAME.matcher(part.text()).matches()
                        && sqlConstants.add(part.text())) {
                    work.add(part.text());
                }
            }
        }

        for (String name : sqlConstants) {
            Constant constant = constants.get(name);
            if (constant == null) {
                continue;
            }
            Token offending = firstNonConstantPart(constant.expression());
            if (offending != null) {
                violations.add(new Violation(fileName, offending.line(), "SQL constant " + name
                        + " is built from a non-constant part: " + offending.text()));
            }
        }
        violations.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return violations;
    }

    /** {@code PreparedStatement prepareStatement(String sql)} declares, it does not call. */
    private static boolean isDeclaration(List<Token> tokens, int nameIndex) {
        if (nameIndex == 0) {
            return false;
        }
        Token before = tokens.get(nameIndex - 1);
        return before.kind() == Kind.IDENT && !before.text().equals("return") && !before.text().equals("new")
                || before.is(">") || before.is("]");
    }

    private static List<Token> firstArgument(List<Token> tokens, int start) {
        List<Token> argument = new ArrayList<>();
        int depth = 0;
        for (int i = start; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (depth == 0 && (token.is(",") || token.is(")"))) {
                break;
            }
            if (token.is("(") || token.is("[") || token.is("{")) {
                depth++;
            } else if (token.is(")") || token.is("]") || token.is("}")) {
                depth--;
            }
            argument.add(token);
        }
        return argument;
    }

    private static boolean isLiteral(List<Token> argument) {
        return argument.size() == 1 && argument.get(0).kind() == Kind.STRING;
    }

    /** {@code NAME} or {@code Qualifier.NAME}: the constant's simple name; otherwise null. */
    private static String constantName(List<Token> argument) {
        if (argument.isEmpty() || argument.size() % 2 == 0) {
            return null;
        }
        for (int i = 0; i < argument.size(); i++) {
            Token token = argument.get(i);
            boolean expected = i % 2 == 0 ? token.kind() == Kind.IDENT : token.is(".");
            if (!expected) {
                return null;
            }
        }
        String last = argument.get(argument.size() - 1).text();
        return CONSTANT_NAME.matcher(last).matches() ? last : null;
    }

    private static Token firstNonConstantPart(List<Token> expression) {
        for (int i = 0; i < expression.size(); i++) {
            Token token = expression.get(i);
            switch (token.kind()) {
                case STRING:
                    break;
                case IDENT:
                    boolean qualifier = i + 1 < expression.size() && expression.get(i + 1).is(".");
                    boolean call = i + 1 < expression.size() && expression.get(i + 1).is("(");
                    if (call || !qualifier && !CONSTANT_NAME.matcher(token.text()).matches()) {
                        return token;
                    }
                    break;
                default:
                    if (!(token.is("+") || token.is(".") || token.is("(") || token.is(")"))) {
                        return token;
                    }
            }
        }
        return null;
    }

    /** {@code [modifiers incl. static and final] String NAME = expression ;} */
    private static Map<String, Constant> stringConstants(List<Token> tokens) {
        Map<String, Constant> constants = new HashMap<>();
        for (int i = 1; i + 2 < tokens.size(); i++) {
            if (!tokens.get(i).is("String") || tokens.get(i + 1).kind() != Kind.IDENT || !tokens.get(i + 2).is("=")) {
                continue;
            }
            Set<String> modifiers = new HashSet<>();
            for (int m = i - 1; m >= 0 && MODIFIERS.contains(tokens.get(m).text())
                    && tokens.get(m).kind() == Kind.IDENT; m--) {
                modifiers.add(tokens.get(m).text());
            }
            if (!modifiers.contains("static") || !modifiers.contains("final")) {
                continue;
            }
            List<Token> expression = new ArrayList<>();
            for (int e = i + 3; e < tokens.size() && !tokens.get(e).is(";"); e++) {
                expression.add(tokens.get(e));
            }
            String name = tokens.get(i + 1).text();
            constants.put(name, new Constant(name, expression));
        }
        return constants;
    }

    private static String text(List<Token> tokens) {
        StringBuilder text = new StringBuilder();
        for (Token token : tokens) {
            text.append(token.kind() == Kind.STRING ? "\"…\"" : token.text());
        }
        return text.toString();
    }

    private enum Kind { IDENT, STRING, CHAR, NUMBER, PUNCT }

    private record Token(Kind kind, String text, int line) {
        boolean is(String punctuationOrWord) {
            return (kind == Kind.PUNCT || kind == Kind.IDENT) && text.equals(punctuationOrWord);
        }
    }

    private record Constant(String name, List<Token> expression) {
    }

    /** Just enough Java lexing to never mistake a comment or a string's content for code. */
    private static final class Lexer {

        private final String source;
        private final List<Token> tokens = new ArrayList<>();
        private int pos;
        private int line = 1;

        private Lexer(String source) {
            this.source = source;
        }

        static List<Token> tokenize(String source) {
            Lexer lexer = new Lexer(source);
            lexer.run();
            return lexer.tokens;
        }

        private void run() {
            while (pos < source.length()) {
                char c = source.charAt(pos);
                if (c == '\n') {
                    line++;
                    pos++;
                } else if (Character.isWhitespace(c)) {
                    pos++;
                } else if (source.startsWith("//", pos)) {
                    int end = source.indexOf('\n', pos);
                    pos = end < 0 ? source.length() : end;
                } else if (source.startsWith("/*", pos)) {
                    int end = source.indexOf("*/", pos + 2);
                    skipTo(end < 0 ? source.length() : end + 2);
                } else if (source.startsWith("\"\"\"", pos)) {
                    textBlock();
                } else if (c == '"') {
                    quoted('"', Kind.STRING);
                } else if (c == '\'') {
                    quoted('\'', Kind.CHAR);
                } else if (Character.isJavaIdentifierStart(c)) {
                    int start = pos;
                    while (pos < source.length() && Character.isJavaIdentifierPart(source.charAt(pos))) {
                        pos++;
                    }
                    tokens.add(new Token(Kind.IDENT, source.substring(start, pos), line));
                } else if (Character.isDigit(c)) {
                    int start = pos;
                    while (pos < source.length() && (Character.isLetterOrDigit(source.charAt(pos))
                            || source.charAt(pos) == '.' || source.charAt(pos) == '_')) {
                        pos++;
                    }
                    tokens.add(new Token(Kind.NUMBER, source.substring(start, pos), line));
                } else {
                    tokens.add(new Token(Kind.PUNCT, String.valueOf(c), line));
                    pos++;
                }
            }
        }

        private void quoted(char quote, Kind kind) {
            int startLine = line;
            StringBuilder text = new StringBuilder();
            pos++;
            while (pos < source.length() && source.charAt(pos) != quote && source.charAt(pos) != '\n') {
                if (source.charAt(pos) == '\\' && pos + 1 < source.length()) {
                    text.append(source.charAt(pos + 1));
                    pos += 2;
                } else {
                    text.append(source.charAt(pos++));
                }
            }
            pos++;
            tokens.add(new Token(kind, text.toString(), startLine));
        }

        private void textBlock() {
            int startLine = line;
            int start = pos + 3;
            int end = start;
            while (end < source.length() && !(source.startsWith("\"\"\"", end) && source.charAt(end - 1) != '\\')) {
                end++;
            }
            String body = source.substring(start, Math.min(end, source.length()));
            skipTo(Math.min(end + 3, source.length()));
            tokens.add(new Token(Kind.STRING, body.strip(), startLine));
        }

        private void skipTo(int end) {
            for (int i = pos; i < end; i++) {
                if (source.charAt(i) == '\n') {
                    line++;
                }
            }
            pos = end;
        }
    }
}
