package id.layanankecamatan.survey;

import static id.layanankecamatan.CsvCells.cell;

import java.math.BigDecimal;

/**
 * The period report as CSV for a spreadsheet, in the sections of the model report of PermenPAN-RB 14/2017
 * (pendahuluan, metode, hasil per unsur, analisis: unsur terlemah, hasil per layanan, rencana tindak lanjut), one
 * section after another, separated by a blank line.
 */
final class SkmReportCsv {

    private static final String END = "\r\n";

    private SkmReportCsv() {
    }

    static String of(SkmReport report) {
        SkmResult result = report.result();
        StringBuilder csv = new StringBuilder();
        csv.append("Laporan Survei Kepuasan Masyarakat;").append(cell(report.scopeName())).append(END)
                .append("Periode;").append(report.from()).append(';').append(report.to()).append(END)
                .append("Dibuat;").append(report.generatedAt().withNano(0)).append(END).append(END);
        csv.append("Pendahuluan").append(END)
                .append("Dasar hukum;").append(cell("UU 25/2009 tentang Pelayanan Publik; PermenPAN-RB 14/2017 tentang "
                        + "Pedoman Penyusunan Survei Kepuasan Masyarakat")).append(END)
                .append("Tujuan;").append(cell("Mengukur kepuasan masyarakat atas pelayanan, sebagai bahan perbaikan "
                        + "kualitas pelayanan")).append(END).append(END);
        csv.append("Metode").append(END)
                .append("Responden;").append(result.respondents()).append(END)
                .append("Sampel minimal (Krejcie-Morgan, atas permohonan selesai);").append(result.sampleRequired())
                .append(END)
                .append("Kecukupan sampel;").append(result.sampleSufficient() ? "memenuhi" : "belum memenuhi").append(END)
                .append("Pengolahan;").append(cell("NRR per unsur = jumlah nilai / jumlah responden yang menjawab unsur "
                        + "itu; IKM = jumlah NRR x 1/9; nilai konversi = IKM x 25; dibulatkan 2 desimal")).append(END)
                .append("Mutu;").append(cell("A (Sangat baik) >= 88.31; B (Baik) >= 76.61; C (Kurang baik) >= 65.00; "
                        + "D (Tidak baik) di bawahnya")).append(END).append(END);
        csv.append("Hasil per unsur").append(END)
                .append("Kode;Unsur;Responden;NRR;NRR x 25;Mutu;Kinerja").append(END);
        for (SkmResult.Element e : result.elements()) {
            element(csv, e).append(END);
        }
        csv.append("IKM;;").append(result.respondents()).append(';').append(number(result.ikm())).append(';')
                .append(number(result.ikmConverted())).append(';').append(grading(result.grade())).append(';')
                .append(performance(result.grade())).append(END).append(END);
        csv.append("Unsur terlemah (prioritas perbaikan)").append(END)
                .append("Kode;Unsur;Responden;NRR;NRR x 25;Mutu;Kinerja").append(END);
        for (SkmResult.Element e : report.weakest()) {
            element(csv, e).append(END);
        }
        csv.append(END);
        if (report.serviceCode() == null) {
            csv.append("Hasil per layanan").append(END)
                    .append("Layanan;Responden;IKM;Nilai konversi;Mutu;Kinerja;Sampel minimal").append(END);
            for (SkmReport.ServiceResult service : report.perService()) {
                SkmResult r = service.result();
                csv.append(cell(service.name())).append(';').append(r.respondents()).append(';').append(number(r.ikm()))
                        .append(';').append(number(r.ikmConverted())).append(';').append(grading(r.grade()))
                        .append(';').append(performance(r.grade())).append(';').append(r.sampleRequired()).append(END);
            }
            csv.append(END);
        }
        csv.append("Rencana tindak lanjut").append(END)
                .append(cell(report.followUp() == null ? "Belum disusun oleh camat." : report.followUp())).append(END);
        return csv.toString();
    }

    private static StringBuilder element(StringBuilder csv, SkmResult.Element e) {
        return csv.append(e.element().code()).append(';').append(cell(e.element().title())).append(';')
                .append(e.respondents()).append(';').append(number(e.nrr())).append(';')
                .append(number(e.nrrConverted())).append(';').append(grading(e.grade())).append(';')
                .append(performance(e.grade()));
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String grading(SkmGrade grade) {
        return grade == null ? "" : grade.name();
    }

    private static String performance(SkmGrade grade) {
        return grade == null ? "" : grade.performance();
    }
}
