package id.layanankecamatan.application;

import java.util.Arrays;
import java.util.Optional;

/** The file types we accept, recognised by their first bytes, never by the name the browser sends. */
public enum FileType {
    PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

    private final String mediaType;
    private final String extension;
    private final byte[] magic;

    FileType(String mediaType, String extension, byte[] magic) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public static Optional<FileType> detect(byte[] content) {
        return Arrays.stream(values())
                .filter(t -> content.length >= t.magic.length
                        && Arrays.equals(content, 0, t.magic.length, t.magic, 0, t.magic.length))
                .findFirst();
    }

    public static Optional<FileType> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(mediaType)).findFirst();
    }
}
