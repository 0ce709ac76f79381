package fr.galien.app;

import fr.galien.app.ui.identity.IdentityContext;
import fr.galien.core.identity.IdentityService;
import fr.galien.core.identity.InsiSearch;
import fr.galien.core.identity.VitaleReadings;
import java.util.List;
import java.util.Optional;

/** What the identity screens see: the core's identity services, and the ApCV test codes while simulated. */
final class GalienIdentityContext implements IdentityContext {

    private final GalienRuntime runtime;
    private final WindowSandbox sandbox;

    GalienIdentityContext(GalienRuntime runtime, WindowSandbox sandbox) {
        this.runtime = runtime;
        this.sandbox = sandbox;
    }

    @Override
    public IdentityService identities() {
        return runtime.identities();
    }

    @Override
    public Optional<InsiSearch> insiSearch() {
        return runtime.insiSearch();
    }

    @Override
    public Optional<VitaleReadings> apCv() {
        return runtime.vitaleReadings();
    }

    /** The in-process ApCV simulator's test codes, when it runs and serves this practice. */
    @Override
    public List<SandboxCode> sandboxCodes() {
        return sandbox.servingApCv()
                .map(apCv -> apCv.testCodes().stream()
                        .map(code -> new SandboxCode(code.label(), code.content()))
                        .toList())
                .orElse(List.of());
    }

    @Override
    public Optional<String> sandboxCodesPage() {
        return sandbox.servingApCv().map(apCv -> apCv.baseUrl().resolve("/apcv/").toString());
    }
}
