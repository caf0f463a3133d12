package id.layanankecamatan.webapps;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;

/** The office's emblem as a browser gets it: the letterhead's picture ({@code LETTER_LOGO}, PNG or JPEG). */
record OfficeEmblem(byte[] picture, MediaType type) {

    static OfficeEmblem of(Resource logo) {
        try (InputStream in = logo.getInputStream()) {
            byte[] picture = in.readAllBytes();
            return new OfficeEmblem(picture, typeOf(picture));
        } catch (IOException e) {
            throw new UncheckedIOException("The office emblem " + logo + " (layanan.letters.logo) cannot be read", e);
        }
    }

    /** By its first bytes, as the letterhead accepts only these two kinds. */
    private static MediaType typeOf(byte[] picture) {
        if (picture.length > 3 && (picture[0] & 0xFF) == 0x89 && picture[1] == 'P' && picture[2] == 'N' && picture[3] == 'G') {
            return MediaType.IMAGE_PNG;
        }
        if (picture.length > 2 && (picture[0] & 0xFF) == 0xFF && (picture[1] & 0xFF) == 0xD8) {
            return MediaType.IMAGE_JPEG;
        }
        throw new IllegalStateException("The office emblem (layanan.letters.logo) must be a PNG or JPEG picture");
    }
}
