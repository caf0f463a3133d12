package id.layanankecamatan.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The letterhead emblem, encoded for PDF once: decoding a PNG and compressing it again (PNG predictors, the alpha
 * channel as a soft mask) cost more than the rest of a letter's page. Each letter gets a fresh copy of the encoded
 * image streams, since PDFBox objects belong to one document and one thread.
 */
final class Emblem {

    /** One image stream as bytes: its dictionary (without /Length) and its still-encoded data. */
    private record Encoded(Map<COSName, COSBase> entries, Map<COSName, Encoded> streams, byte[] data) {
    }

    private final Encoded image;

    private Emblem(Encoded image) {
        this.image = image;
    }

    static Emblem of(byte[] picture) throws IOException {
        try (PDDocument scratch = new PDDocument()) {
            return new Emblem(encoded(PDImageXObject.createFromByteArray(scratch, picture, "logo").getCOSObject()));
        }
    }

    PDImageXObject in(PDDocument document) throws IOException {
        return new PDImageXObject(new PDStream(stream(document, image)), null);
    }

    private static Encoded encoded(COSStream stream) throws IOException {
        Map<COSName, COSBase> entries = new LinkedHashMap<>();
        Map<COSName, Encoded> streams = new LinkedHashMap<>();
        for (Map.Entry<COSName, COSBase> entry : stream.entrySet()) {
            COSBase value = entry.getValue() instanceof COSObject indirect ? indirect.getObject() : entry.getValue();
            if (COSName.LENGTH.equals(entry.getKey())) {
                continue;
            }
            if (value instanceof COSStream inner) {
                streams.put(entry.getKey(), encoded(inner));
            } else {
                entries.put(entry.getKey(), value);
            }
        }
        try (InputStream raw = stream.createRawInputStream()) {
            return new Encoded(entries, streams, raw.readAllBytes());
        }
    }

    private static COSStream stream(PDDocument document, Encoded encoded) throws IOException {
        COSStream stream = document.getDocument().createCOSStream();
        encoded.entries().forEach((name, value) -> stream.setItem(name, copy(value)));
        for (Map.Entry<COSName, Encoded> inner : encoded.streams().entrySet()) {
            stream.setItem(inner.getKey(), stream(document, inner.getValue()));
        }
        try (OutputStream raw = stream.createRawOutputStream()) {
            new ByteArrayInputStream(encoded.data()).transferTo(raw);
        }
        return stream;
    }

    /** Names and numbers are shared safely; dictionaries and arrays (decode parameters, colour spaces) are not. */
    private static COSBase copy(COSBase value) {
        if (value instanceof COSObject indirect) {
            return copy(indirect.getObject());
        }
        if (value instanceof COSStream) {
            // an ICC profile inside a colour space: not made by PDFBox's image factories for a PNG or JPEG
            throw new IllegalStateException("The letterhead emblem has a stream nested in its image dictionary");
        }
        if (value instanceof COSDictionary dictionary) {
            COSDictionary copy = new COSDictionary();
            dictionary.entrySet().forEach(e -> copy.setItem(e.getKey(), copy(e.getValue())));
            return copy;
        }
        if (value instanceof COSArray array) {
            COSArray copy = new COSArray();
            array.forEach(item -> copy.add(copy(item)));
            return copy;
        }
        return value;
    }
}
