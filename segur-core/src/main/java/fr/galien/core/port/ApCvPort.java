package fr.galien.core.port;

import fr.galien.core.security.Caller;

/**
 * Appli carte Vitale (specs §6): a patient presents the app; the reading yields an identity that counts as
 * qualified (method AV).
 */
public interface ApCvPort {

    /** Reads the identity shared by the patient's app for the given session (QR/NFC handshake done by the module). */
    InsiPort.InsIdentity readIdentity(Caller caller, String apcvSessionId);
}
