package id.layanankecamatan.complaint;

import java.util.ArrayList;
import java.util.List;

/** A month of complaints in two Indonesian sentences, as the monthly report, the Cockpit plugin and /kinerja say it. */
public final class ComplaintMonthText {

    private ComplaintMonthText() {
    }

    /** "3 diterima: 2 pengaduan, 1 saran/masukan, 0 permintaan informasi; kelas: 1 informasi/ringan, …". */
    public static String received(ComplaintMonth month) {
        List<String> types = new ArrayList<>();
        for (ComplaintType type : ComplaintType.values()) {
            types.add(month.receivedByType().get(type.name()) + " " + type.label().toLowerCase());
        }
        List<String> classes = new ArrayList<>();
        for (ComplaintClass complaintClass : ComplaintClass.values()) {
            classes.add(month.receivedByClass().get(complaintClass.name()) + " " + complaintClass.label().toLowerCase());
        }
        classes.add(month.receivedByClass().get(ComplaintMonth.UNCLASSIFIED) + " belum diklasifikasi");
        return month.received() + " diterima: " + String.join(", ", types) + "; kelas: " + String.join(", ", classes)
                + ".";
    }

    /** "2 ditutup, 2 tepat waktu (100 %), rata-rata 4,5 hari kerja." or "Belum ada yang ditutup." */
    public static String closed(ComplaintMonth month) {
        if (month.closed() == 0) {
            return "Belum ada yang ditutup.";
        }
        return month.closed() + " ditutup, " + month.closedOnTime() + " tepat waktu (" + month.onTimePercent()
                + " %), rata-rata " + month.averageWorkingDaysToClose().toPlainString().replace('.', ',')
                + " hari kerja.";
    }
}
