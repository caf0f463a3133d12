package id.layanankecamatan.document;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The signed letter as a download, the same for the API and the tracking page. */
public final class LetterDownload {

    private LetterDownload() {
    }

    public static String fileName(Letter letter) {
        return "surat-" + letter.number().replace('/', '-') + ".pdf";
    }

    public static ResponseEntity<byte[]> of(Letter letter) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName(letter)).build().toString())
                // personal data: never kept by a shared browser or proxy
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(letter.pdf());
    }
}
