package fr.galien.app.cli;

import fr.galien.core.error.SegurException;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where the command line reads passwords: never from its arguments (they show in {@code ps} and the shell
 * history). On a terminal, the console without echo (a new password is typed twice); otherwise, or with
 * {@code --password-stdin}, one line of standard input per password, in the order docs/cli.md gives.
 */
final class SecretReader {

    private final BufferedReader stdin;
    private final Console console;

    SecretReader(BufferedReader stdin, Console console) {
        this.stdin = stdin;
        this.console = console;
    }

    static SecretReader system() {
        return new SecretReader(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                System.console());
    }

    /**
     * @param prompt     French prompt for the console
     * @param confirm    ask twice on the console (new passwords)
     * @param forceStdin {@code --password-stdin}: read a line even on a terminal
     */
    char[] read(String prompt, boolean confirm, boolean forceStdin) {
        if (console != null && !forceStdin) {
            char[] first = console.readPassword("%s", prompt);
            if (first == null) {
                throw new SegurException(UsersCliError.USR_0001);
            }
            if (confirm) {
                char[] second = console.readPassword("%s", "Confirmez : ");
                boolean same = second != null && Arrays.equals(first, second);
                if (second != null) {
                    Arrays.fill(second, '\0');
                }
                if (!same) {
                    Arrays.fill(first, '\0');
                    throw new SegurException(UsersCliError.USR_0002);
                }
            }
            return first;
        }
        try {
            String line = stdin.readLine();
            if (line == null || line.isEmpty()) {
                throw new SegurException(UsersCliError.USR_0001);
            }
            return line.toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
