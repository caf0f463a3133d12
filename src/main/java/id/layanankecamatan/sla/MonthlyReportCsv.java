package id.layanankecamatan.sla;

import id.layanankecamatan.CsvCells;
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
        return csv.toString();
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
