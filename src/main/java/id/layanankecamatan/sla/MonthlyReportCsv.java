package id.layanankecamatan.sla;

import id.layanankecamatan.CsvCells;
import id.layanankecamatan.complaint.ComplaintClass;
import id.layanankecamatan.complaint.ComplaintMonth;
import id.layanankecamatan.complaint.ComplaintType;
import java.util.List;

/** The monthly report as CSV for a spreadsheet: one section per table, separated by a blank line. */
final class MonthlyReportCsv {

    private MonthlyReportCsv() {
    }

    static String of(MonthlyReport report) {
        StringBuilder csv = new StringBuilder();
        csv.append("Laporan standar pelayanan;").append(report.month()).append("\r\n\r\n");
        rates(csv, "Layanan", report.perService());
        rates(csv, "Langkah", report.perStep());
        rates(csv, "Petugas", report.perOfficer());
        csv.append("Layanan;Permohonan selesai;Median waktu kerja (menit);Persentil 90 (menit)\r\n");
        for (MonthlyReport.CompletionTime time : report.completionTimes()) {
            csv.append(cell(time.serviceName())).append(';').append(time.finished()).append(';')
                    .append(number(time.medianMinutes())).append(';').append(number(time.p90Minutes())).append("\r\n");
        }
        complaints(csv, report.complaints());
        return csv.toString();
    }

    private static void complaints(StringBuilder csv, ComplaintMonth month) {
        csv.append("\r\nPengaduan;Jumlah\r\n");
        csv.append("Diterima;").append(month.received()).append("\r\n");
        for (ComplaintType type : ComplaintType.values()) {
            csv.append(cell(type.label())).append(';').append(month.receivedByType().get(type.name())).append("\r\n");
        }
        for (ComplaintClass complaintClass : ComplaintClass.values()) {
            csv.append(cell("Kelas: " + complaintClass.label())).append(';')
                    .append(month.receivedByClass().get(complaintClass.name())).append("\r\n");
        }
        csv.append("Belum diklasifikasi;").append(month.receivedByClass().get(ComplaintMonth.UNCLASSIFIED)).append("\r\n");
        csv.append("Ditutup;").append(month.closed()).append("\r\n");
        csv.append("Ditutup tepat waktu;").append(month.closedOnTime()).append("\r\n");
        csv.append("Persen tepat waktu;").append(month.onTimePercent() == null ? "" : month.onTimePercent()).append("\r\n");
        csv.append("Rata-rata hari kerja sampai ditutup;")
                .append(month.averageWorkingDaysToClose() == null ? "" : month.averageWorkingDaysToClose().toPlainString()
                        .replace('.', ','))
                .append("\r\n");
    }

    private static void rates(StringBuilder csv, String what, List<SlaDashboard.Rate> rates) {
        csv.append(what).append(";Selesai;Tepat waktu;Persen tepat waktu\r\n");
        for (SlaDashboard.Rate rate : rates) {
            csv.append(cell(rate.label())).append(';').append(rate.completed()).append(';').append(rate.onTime())
                    .append(';').append(rate.ratePercent() == null ? "" : rate.ratePercent()).append("\r\n");
        }
        csv.append("\r\n");
    }

    private static String number(Long value) {
        return value == null ? "" : value.toString();
    }

    private static String cell(String value) {
        return CsvCells.cell(value);
    }
}
