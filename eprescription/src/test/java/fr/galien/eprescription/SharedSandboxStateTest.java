package fr.galien.eprescription;

import static fr.galien.eprescription.ErxFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.core.port.EPrescriptionPort.Completeness;
import fr.galien.core.port.EPrescriptionPort.EPrescription;
import fr.galien.sandbox.eprescription.EPrescriptionSimulator;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo cabinet and the demo pharmacy run two processes, each with its own simulator over the same sandbox state
 * folder: what one prescribes, the other fetches and dispenses, and the first sees the dispensation.
 */
class SharedSandboxStateTest {

    @TempDir
    Path state;

    @Test
    void aCabinetPrescribesAndAPharmacyDispensesThroughTheSharedState() throws Exception {
        EPrescriptionSimulator cabinet = new EPrescriptionSimulator();
        EPrescriptionSimulator pharmacy = new EPrescriptionSimulator();
        cabinet.useStateDirectory(state);
        pharmacy.useStateDirectory(state);
        cabinet.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        pharmacy.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        try {
            String id = client(cabinet.fhirBase()).register(DOCTOR_CALLER, as(DOCTOR),
                    prescription(line(1, DOLIPRANE, "2", 0, false))).prescriptionId();

            FhirEPrescriptionClient counter = client(pharmacy.fhirBase());
            assertThat(counter.fetch(PHARMACIST_CALLER, as(PHARMACIST), id).lines()).hasSize(1);
            counter.record(PHARMACIST_CALLER, as(PHARMACIST), dispensation(id, given(1, "1", Completeness.PARTIAL)));

            EPrescription seenByCabinet = client(cabinet.fhirBase()).fetch(DOCTOR_CALLER, as(DOCTOR), id);
            assertThat(seenByCabinet.dispensations()).hasSize(1);
            assertThat(cabinet.describe()).containsEntry("prescriptions", 1);
        } finally {
            cabinet.stop();
            pharmacy.stop();
        }
    }
}
