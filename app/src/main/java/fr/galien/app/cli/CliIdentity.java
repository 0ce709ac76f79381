package fr.galien.app.cli;

import fr.galien.app.GalienRuntime;
import fr.galien.app.GalienSession;
import fr.galien.app.LocalAccounts;
import fr.galien.app.ui.session.PscLogin;
import fr.galien.app.ui.session.UserSession;
import fr.galien.core.account.AuthenticationTraces;
import fr.galien.core.account.PasswordHasher;
import fr.galien.core.audit.AuditAction;
import fr.galien.core.audit.AuditEvent;
import fr.galien.core.audit.AuditOutcome;
import fr.galien.core.error.SegurException;
import fr.galien.core.port.ProSanteConnectPort.Exercise;
import fr.galien.core.security.AuthenticationMethod;
import fr.galien.core.security.Caller;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Who runs a command (issue 14, SSI/GEN.17, docs/cli.md « Authentification »). Resolved the first time a command
 * needs a caller — every command that reads or writes patient or audit data — and kept until the runtime closes:
 * <ul>
 *   <li>{@code --user LOGIN}: a local account, its password from {@code --password-file} (readable by its owner
 *       only) or standard input; LOGIN and LOGOUT audited, failures count towards the lockout;</li>
 *   <li>{@code --national-id ID} (or {@code GALIEN_NATIONAL_ID}): Pro Santé Connect by CIBA for the command's
 *       duration (decisions.md), logged out at the provider when the command ends; tokens never touch disk;</li>
 *   <li>neither, in a practice that has accounts: refused ({@code CLA-0001}) and audited as a refused attempt;</li>
 *   <li>neither, in a practice without accounts: the OS user as before (ADR 0007), said once on stderr.</li>
 * </ul>
 */
final class CliIdentity {

    private final GalienCommand root;
    private GalienRuntime resolvedFor;
    private Caller caller;

    CliIdentity(GalienCommand root) {
        this.root = root;
    }

    /** The caller of the command {@code spec} runs, authenticating on first use. */
    static Caller of(CommandSpec spec, GalienRuntime runtime) {
        GalienCommand root = GalienCommand.root(spec);
        return root.identity().resolve(spec, runtime);
    }

    /** True when the command line names a user (so even commands needing none authenticate, e.g. audit checks). */
    boolean named() {
        return root.user() != null || root.nationalId().isPresent();
    }

    private synchronized Caller resolve(CommandSpec spec, GalienRuntime runtime) {
        if (caller != null && resolvedFor == runtime) {
            return caller;
        }
        runtime.requirePractice();
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> nationalId = root.nationalId();
        Caller resolved;
        if (root.user() != null && nationalId.isPresent()) {
            throw new SegurException(CliAuthError.CLA_0002);
        } else if (root.user() != null) {
            resolved = local(runtime, root.user());
        } else if (nationalId.isPresent()) {
            resolved = psc(runtime, nationalId.get(), err);
        } else if (runtime.accounts().hasAccounts()) {
            Caller os = runtime.caller();
            audit(runtime, Caller.anonymous(runtime.workstationId()), AuditAction.LOGIN_FAILED, AuditOutcome.REFUSED,
                    AuthenticationTraces.detail(AuthenticationMethod.NONE, os.userId().replace("os:", ""),
                            "command-line without credentials command=" + spec.qualifiedName(".").replace(' ', '.')));
            throw new SegurException(CliAuthError.CLA_0001);
        } else {
            resolved = runtime.caller();
            err.println("Ce cabinet n'a encore aucun compte utilisateur : la commande agit en tant qu'utilisateur du "
                    + "système « " + resolved.displayName() + " » (" + resolved.role().label() + "). Dès le premier "
                    + "compte (« galien users add »), chaque commande demandera --user ou --national-id.");
            err.flush();
        }
        caller = resolved;
        resolvedFor = runtime;
        runtime.beforeClose(this::forget);
        return resolved;
    }

    private synchronized void forget() {
        caller = null;
        resolvedFor = null;
    }

    private Caller local(GalienRuntime runtime, String login) {
        char[] password = root.passwordFile() != null ? readPasswordFile(root.passwordFile())
                : root.secrets().read("Mot de passe de " + login + " : ", false, false);
        try {
            Caller who = runtime.accounts().authenticate(login, password, runtime.workstationId());
            runtime.beforeClose(() -> runtime.accounts().logout(who));
            return who;
        } finally {
            PasswordHasher.wipe(password);
        }
    }

    /** CIBA through the one helper every national-call command uses; logged out when the runtime closes. */
    private Caller psc(GalienRuntime runtime, String nationalId, PrintWriter err) {
        NationalServices services = runtime.pscPort().isPresent() ? NationalServices.running(runtime)
                : NationalServices.start(runtime, err);
        try {
            services.logIn(nationalId, root.exercise(), err);
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
        runtime.beforeClose(services::close);
        return services.caller();
    }

    /** The first line of a file only its owner may read (POSIX permissions where the file system has them). */
    static char[] readPasswordFile(Path file) {
        try {
            PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            if (posix != null) {
                Set<PosixFilePermission> permissions = posix.readAttributes().permissions();
                if (permissions.contains(PosixFilePermission.GROUP_READ)
                        || permissions.contains(PosixFilePermission.OTHERS_READ)
                        || permissions.contains(PosixFilePermission.GROUP_WRITE)
                        || permissions.contains(PosixFilePermission.OTHERS_WRITE)) {
                    throw new SegurException(CliAuthError.CLA_0004, file);
                }
            }
            byte[] bytes = Files.readAllBytes(file);
            try {
                String text = new String(bytes, StandardCharsets.UTF_8);
                int end = text.indexOf('\n');
                String line = end < 0 ? text : text.substring(0, end);
                if (line.endsWith("\r")) {
                    line = line.substring(0, line.length() - 1);
                }
                if (line.isEmpty()) {
                    throw new SegurException(CliAuthError.CLA_0005, file);
                }
                return line.toCharArray();
            } finally {
                Arrays.fill(bytes, (byte) 0);
            }
        } catch (IOException e) {
            throw new SegurException(CliAuthError.CLA_0003, e, file);
        }
    }

    private static void audit(GalienRuntime runtime, Caller who, AuditAction action, AuditOutcome outcome,
                              String detail) {
        runtime.database().inTransaction(connection -> {
            runtime.auditTrail().append(connection, new AuditEvent(who, null, action, outcome, detail));
            return null;
        });
    }
}
