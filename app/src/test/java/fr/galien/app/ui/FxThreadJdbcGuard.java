package fr.galien.app.ui;

import fr.galien.core.storage.ThreadGuard;
import javafx.application.Platform;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every app test runs with {@link ThreadGuard} on (registered for all tests through
 * {@code META-INF/services/org.junit.jupiter.api.extension.Extension}): a database call on the FX thread throws where
 * it happens, and the test fails here even when the throw was swallowed by the FX thread's exception handler.
 * {@code -Dgalien.fxJdbcGuard=log} only counts and logs them (to measure, not to gate).
 */
public final class FxThreadJdbcGuard implements BeforeEachCallback, AfterEachCallback {

    private static final Logger LOG = LoggerFactory.getLogger(FxThreadJdbcGuard.class);
    /** The name Glass gives the FX thread; checked first so no toolkit is created where none runs. */
    private static final String FX_THREAD_NAME = "JavaFX Application Thread";

    @Override
    public void beforeEach(ExtensionContext context) {
        boolean failing = !"log".equals(System.getProperty("galien.fxJdbcGuard"));
        ThreadGuard.install(FxThreadJdbcGuard::onFxThread, failing ? ThreadGuard.Mode.FAIL : ThreadGuard.Mode.LOG);
        ThreadGuard.reset();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        int calls = ThreadGuard.violations();
        Throwable first = ThreadGuard.firstViolation();
        ThreadGuard.reset();
        if (calls == 0) {
            return;
        }
        String test = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
        LOG.error("FX-THREAD-JDBC {} call(s) in {}", calls, test, first);
        if (!"log".equals(System.getProperty("galien.fxJdbcGuard"))) {
            throw new AssertionError(calls + " database call(s) on the FX thread in " + test, first);
        }
    }

    private static boolean onFxThread() {
        return FX_THREAD_NAME.equals(Thread.currentThread().getName()) && Platform.isFxApplicationThread();
    }
}
