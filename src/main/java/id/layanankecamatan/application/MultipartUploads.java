package id.layanankecamatan.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * Reads the file parts of a citizen's multipart request into memory, but only what the upload rules can accept:
 * a request with far more file parts than any service asks for is refused before any part is read, and a part
 * over the size limit of a photo ({@link UploadValidator#MAX_IMAGE_BYTES}; its type is only known once read) is
 * never read (the container keeps parts on disk until then). The API, the portal and the
 * counter share it.
 */
public final class MultipartUploads {

    /** Beyond the rule of {@link UploadValidator#MAX_FILES} per request: a few more still get the usual field errors. */
    static final int MAX_FILE_PARTS = UploadValidator.MAX_FILES + 5;

    private MultipartUploads() {
    }

    /**
     * @param skipUnchosen drop nameless empty parts: a browser sends one for every file input left empty
     */
    public static List<UploadedFile> files(MultipartHttpServletRequest request, boolean skipUnchosen) {
        List<MultipartFile> chosen = new ArrayList<>();
        List<String> names = new ArrayList<>();
        request.getMultiFileMap().forEach((name, parts) -> {
            for (MultipartFile part : parts) {
                String fileName = part.getOriginalFilename();
                if (skipUnchosen && part.isEmpty() && (fileName == null || fileName.isBlank())) {
                    continue;
                }
                chosen.add(part);
                names.add(name);
            }
        });
        if (chosen.size() > MAX_FILE_PARTS) {
            throw new InvalidApplicationException("files", tooManyMessage());
        }
        List<UploadedFile> files = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            files.add(read(names.get(i), chosen.get(i)));
        }
        return files;
    }

    private static UploadedFile read(String name, MultipartFile part) {
        long size = part.getSize();
        if (size > UploadValidator.MAX_IMAGE_BYTES) {
            return new UploadedFile(name, part.getOriginalFilename(), new byte[0], size);
        }
        try {
            return new UploadedFile(name, part.getOriginalFilename(), part.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tomcat refused the request for having more parts than server.tomcat.max-part-count. */
    public static boolean tooManyParts(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getSimpleName().equals("FileCountLimitExceededException")) {
                return true;
            }
        }
        return false;
    }

    /** Tomcat refused a part whose file name holds a NUL character (a classic extension-spoofing trick). */
    public static boolean badFileName(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getSimpleName().equals("InvalidFileNameException")) {
                return true;
            }
        }
        return false;
    }

    public static final String BAD_FILE_NAME = "Nama berkas tidak sah (berisi karakter kendali); ganti nama berkas"
            + " lalu unggah lagi.";

    /** The message for a request with too many parts or files. */
    public static String tooManyMessage() {
        return "Terlalu banyak berkas: paling banyak " + UploadValidator.MAX_FILES + " berkas dalam satu pengiriman.";
    }
}
