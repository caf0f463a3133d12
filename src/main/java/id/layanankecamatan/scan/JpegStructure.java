package id.layanankecamatan.scan;

/**
 * What a JPEG's marker segments say before the image data: the Exif orientation (tag 0x0112 of IFD0 in the APP1
 * "Exif" segment, 1 when absent or unreadable) and whether any metadata segment is present (APP1..APP15 or COM:
 * Exif, GPS, XMP, ICC, comments). Only the headers are walked; nothing is decoded.
 */
public record JpegStructure(int orientation, boolean metadata, boolean endsAtEoi) {

    private static final int SOS = 0xDA;
    private static final int COM = 0xFE;
    private static final int ORIENTATION_TAG = 0x0112;

    /** A JPEG ending at its EOI marker with no metadata segment: may be stored as it is. */
    public boolean clean() {
        return !metadata && endsAtEoi;
    }

    public static JpegStructure of(byte[] jpeg) {
        int orientation = 1;
        boolean metadata = false;
        int i = 2;
        while (i + 4 <= jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
            int marker = jpeg[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++; // fill byte
                continue;
            }
            if (marker == SOS) {
                break;
            }
            int length = u16(jpeg, i + 2, false);
            if (length < 2 || i + 2 + length > jpeg.length) {
                break;
            }
            if ((marker >= 0xE1 && marker <= 0xEF) || marker == COM) {
                metadata = true;
                if (marker == 0xE1 && orientation == 1) {
                    orientation = exifOrientation(jpeg, i + 4, length - 2);
                }
            }
            i += 2 + length;
        }
        boolean endsAtEoi = jpeg.length >= 4 && (jpeg[jpeg.length - 2] & 0xFF) == 0xFF
                && (jpeg[jpeg.length - 1] & 0xFF) == 0xD9;
        return new JpegStructure(orientation, metadata, endsAtEoi);
    }

    /** Orientation from an APP1 payload starting "Exif\0\0" followed by a TIFF header; 1 when absent or bad. */
    static int exifOrientation(byte[] data, int start, int length) {
        int end = start + length;
        if (length < 14 || data[start] != 'E' || data[start + 1] != 'x' || data[start + 2] != 'i'
                || data[start + 3] != 'f' || data[start + 4] != 0 || data[start + 5] != 0) {
            return 1;
        }
        int tiff = start + 6;
        boolean little;
        if (data[tiff] == 'I' && data[tiff + 1] == 'I') {
            little = true;
        } else if (data[tiff] == 'M' && data[tiff + 1] == 'M') {
            little = false;
        } else {
            return 1;
        }
        if (u16(data, tiff + 2, little) != 42) {
            return 1;
        }
        long ifd = u32(data, tiff + 4, little);
        if (ifd < 8 || tiff + ifd + 2 > end) {
            return 1;
        }
        int entries = u16(data, tiff + (int) ifd, little);
        for (int e = 0; e < entries; e++) {
            int entry = tiff + (int) ifd + 2 + 12 * e;
            if (entry + 12 > end) {
                return 1;
            }
            if (u16(data, entry, little) == ORIENTATION_TAG) {
                // type SHORT, count 1: the value sits in the first two bytes of the value field
                int value = u16(data, entry + 8, little);
                return u16(data, entry + 2, little) == 3 && value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static int u16(byte[] data, int at, boolean little) {
        int a = data[at] & 0xFF;
        int b = data[at + 1] & 0xFF;
        return little ? a | b << 8 : a << 8 | b;
    }

    private static long u32(byte[] data, int at, boolean little) {
        long high = u16(data, little ? at + 2 : at, little);
        long low = u16(data, little ? at : at + 2, little);
        return high << 16 | low;
    }
}
