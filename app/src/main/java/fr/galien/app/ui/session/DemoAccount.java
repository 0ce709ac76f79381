package fr.galien.app.ui.session;

/**
 * An invented test professional of the sandbox, offered on the login screen of the demo practice.
 *
 * @param nationalId what to type in "Identifiant national (RPPS)"
 * @param label      who it is, in French ("Pharmacien titulaire — Claire TITULAIRETEST")
 */
public record DemoAccount(String nationalId, String label) {
}
