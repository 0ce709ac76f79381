package fr.galien.app.ui.identity;

import java.nio.file.Path;

/** Reads the text of the INS datamatrix in an image file. Called off the FX thread (it reads a file). */
@FunctionalInterface
public interface DatamatrixImages {

    /**
     * @throws fr.galien.core.error.SegurException {@code UI-0100} the file is not a readable PNG or JPEG image,
     *                                             {@code UI-0101} no datamatrix found in it
     */
    String decode(Path image);
}
