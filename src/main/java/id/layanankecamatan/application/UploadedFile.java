package id.layanankecamatan.application;

/** One scan as received, named by the requirement it fulfils (e.g. "ktp"). */
public record UploadedFile(String requirementCode, String originalName, byte[] content) {

    public boolean isEmpty() {
        return content == null || content.length == 0;
    }
}
