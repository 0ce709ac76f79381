package fr.galien.app.cli;

import fr.galien.app.GalienRuntime;
import fr.galien.app.GalienSession;
import fr.galien.app.InProcessSandbox;
import fr.galien.app.LocalAccounts;
import fr.galien.app.ui.session.PscLogin;
import fr.galien.app.ui.session.UserSession;
import fr.galien.core.error.SegurException;
import fr.galien.core.port.ProSanteConnectPort;
import fr.galien.core.port.ProSanteConnectPort.Exercise;
import fr.galien.core.port.ProSanteConnectPort.PscSession;
import fr.galien.core.security.Caller;
import fr.galien.core.task.CurrentThreadTaskExecutor;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the Ségur modules for one command, with the in-process simulators for every national service the practice
 * has not configured for real (a demo practice always): the same command then works against the sandbox or any
 * conformant server, endpoints being configuration.
 *
 * <p>Given a national id (the global {@code --national-id}, through {@link CliIdentity}), it also logs that professional in with CIBA, as
 * {@code galien psc login} does (the request goes to their e-CPS app, the progress to stderr, the LOGIN is
 * audited), the command acts as them ({@link #caller()}) and {@link #close()} logs them out at the provider and in
 * the audit trail. The tokens live in the PSC module's memory only: nothing of the session outlives the command.
 */
final class NationalServices implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NationalServices.class);

    private final GalienRuntime runtime;
    private final InProcessSandbox sandbox;
    private GalienSession sessions;
    private UserSession professional;

    private NationalServices(GalienRuntime runtime, InProcessSandbox sandbox) {
        this.runtime = runtime;
        this.sandbox = sandbox;
    }

    /** The modules (and the simulators the practice needs), no professional logged in yet. */
    static NationalServices start(GalienRuntime runtime, PrintWriter err) {
        return start(runtime, err, Optional.empty(), null, InProcessSandbox::start);
    }

    /** Over modules a previous {@link #start} already started, to log a professional in ({@link CliIdentity}). */
    static NationalServices running(GalienRuntime runtime) {
        return new NationalServices(runtime, null);
    }

    /**
     * @param nationalId the professional to log in with CIBA, or empty for the OS user
     * @param exercise   1-based choice among several exercises, or null
     * @param simulators starts the in-process sandbox when the practice needs it (tests pass their own)
     */
    static NationalServices start(GalienRuntime runtime, PrintWriter err, Optional<String> nationalId,
                                  Integer exercise, Supplier<InProcessSandbox> simulators) {
        runtime.requirePractice();
        InProcessSandbox sandbox = InProcessSandbox.servesPracticeOf(runtime) ? simulators.get() : null;
        NationalServices services = new NationalServices(runtime, sandbox);
        try {
            Map<String, String> overrides = Map.of();
            if (sandbox != null) {
                err.println("Bac à sable : services nationaux simulés sur " + sandbox.host().indexUrl()
                        + sandbox.stateDirectory().map(dir -> " (état partagé : " + dir + ")").orElse(""));
                err.flush();
                overrides = sandbox.moduleOverrides(runtime);
            }
            runtime.startModules(new CurrentThreadTaskExecutor(), overrides);
            if (nationalId.isPresent()) {
                services.logIn(nationalId.get(), exercise, err);
            }
            return services;
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
    }

    /** CIBA, then the exercise choice; refused (PCL-0001, no session left) when several and none chosen. */
    void logIn(String nationalId, Integer exercise, PrintWriter err) {
        sessions = new GalienSession(runtime, runtime::pscPort,
                () -> Optional.<LocalAccounts>of(runtime.accounts()::authenticate), page -> { }, List.of());
        PscLogin login = sessions.loginWithPsc(nationalId, line -> {
            err.println(line);
            err.flush();
        });
        if (login.needsExerciseChoice()) {
            List<Exercise> exercises = login.exercisesToChooseFrom();
            if (exercise == null || exercise < 1 || exercise > exercises.size()) {
                sessions.cancelPscLogin(); // no exercise, no session: logged out at the provider
                throw new SegurException(PscCliError.PCL_0001, PscCommand.numbered(exercises));
            }
            professional = sessions.chooseExercise(login.displayName(), exercises.get(exercise - 1));
        } else {
            professional = login.session().orElseThrow();
        }
    }

    /** Who the command acts as: the logged-in professional, else the workstation's OS user. */
    Caller caller() {
        return professional != null ? professional.caller() : runtime.caller();
    }

    /** The professional logged in for this command, if one was asked for. */
    Optional<UserSession> professional() {
        return Optional.ofNullable(professional);
    }

    /** Their PSC session (tokens in memory), while the command runs. */
    Optional<PscSession> pscSession() {
        return professional == null ? Optional.empty()
                : runtime.pscPort().flatMap(ProSanteConnectPort::currentSession);
    }

    /**
     * Logs the professional out (at the provider, audited LOGOUT), then stops the simulators — after ending any PSC
     * session still open in this process at the provider, while its simulator still answers.
     */
    @Override
    public void close() {
        try {
            if (sandbox != null) {
                runtime.pscPort().filter(port -> port.currentSession().isPresent())
                        .ifPresent(ProSanteConnectPort::logout);
            }
            if (professional != null) {
                UserSession leaving = professional;
                professional = null;
                sessions.logout(leaving);
            }
        } catch (RuntimeException e) {
            // The session dies with the process anyway (tokens in memory only); the command's result stands.
            LOG.warn("Pro Santé Connect logout at the end of the command failed ({})",
                    e instanceof SegurException segur ? segur.errorCode().code() : e.getClass().getSimpleName());
        } finally {
            if (sandbox != null) {
                sandbox.close();
            }
        }
    }
}
