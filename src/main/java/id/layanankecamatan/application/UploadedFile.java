package id.layanankecamatan.application;

/**
 * One scan as received, named by the requirement it fulfils (e.g. "ktp"). {@code size} is the size the part
 * declared; a part over the upload limit is not read at all, so its {@code content} is then empty.
 */
public record UploadedFile(String requirementCode, String originalName, byte[] content, long size) {

    public UploadedFile(String requirementCode, String originalName, byte[] content) {
        this(requirementCode, originalName, content, content == null ? 0 : content.length);
    }

    public boolean isEmpty() {
        return size == 0;
    }
}
