package fr.galien.app;

/** Entry point of the galien jar (not a JavaFX Application subclass, so JavaFX works from the class path). */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("Galien");
    }
}
