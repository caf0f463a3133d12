package id.layanankecamatan.performance;

import id.layanankecamatan.OfficeProperties;
import id.layanankecamatan.calendar.OfficeClock;
import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.complaint.ComplaintClass;
import id.layanankecamatan.complaint.ComplaintFigures;
import id.layanankecamatan.complaint.ComplaintType;
import id.layanankecamatan.catalog.ServiceStandards;
import id.layanankecamatan.sla.MonthlyReport;
import id.layanankecamatan.sla.MonthlyReports;
import id.layanankecamatan.sla.SlaDashboard;
import id.layanankecamatan.survey.SkmFigures;
import id.layanankecamatan.survey.SkmResult;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "Profil & kinerja" (issue 15, UU 25/2009 Pasal 15 and 36): what the office promises and how it keeps it, in
 * public — its profile, counter hours and complaint contact (the catalogue's standards), each service's on-time
 * rate in the last complete months (the SLA figures, per service only: never per officer), and the latest
 * satisfaction index (SKM, the last twelve months) and the complaints of those months. A finished month's on-time
 * figures do not change, so they are kept once computed; its complaints are counted afresh (one received in a month
 * may be classified or closed later).
 */
@Controller
class PerformancePage {

    static final int MONTHS = 3;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.forLanguageTag("id"));
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"));

    private final OfficeProperties office;
    private final ServiceCatalog catalog;
    private final MonthlyReports reports;
    private final SkmFigures skm;
    private final OfficeClock clock;
    private final ComplaintFigures complaints;
    private final Map<YearMonth, MonthlyReport> finishedMonths = new ConcurrentHashMap<>();

    PerformancePage(OfficeProperties office, ServiceCatalog catalog, MonthlyReports reports, SkmFigures skm,
                    OfficeClock clock, ComplaintFigures complaints) {
        this.complaints = complaints;
        this.office = office;
        this.catalog = catalog;
        this.reports = reports;
        this.skm = skm;
        this.clock = clock;
    }

    @GetMapping("/kinerja")
    String page(Model model) {
        ServiceStandards standards = catalog.standards();
        LocalDate today = clock.now().toLocalDate();
        YearMonth thisMonth = YearMonth.from(today);
        List<YearMonth> months = new ArrayList<>();
        for (int back = MONTHS; back >= 1; back--) {
            months.add(thisMonth.minusMonths(back));
        }
        model.addAttribute("office", office);
        model.addAttribute("standards", standards);
        model.addAttribute("months", months.stream().map(MONTH::format).toList());
        List<MonthlyReport> monthly = months.stream()
                .map(month -> finishedMonths.computeIfAbsent(month, reports::report)).toList();
        model.addAttribute("rates", ratesPerService(monthly));
        model.addAttribute("complaintMonths", months.stream().map(complaints::of).toList());
        model.addAttribute("complaintTypes", ComplaintType.values());
        model.addAttribute("complaintClasses", ComplaintClass.values());
        LocalDate from = today.minusMonths(12).plusDays(1);
        SkmResult ikm = skm.of(from, today, null);
        model.addAttribute("ikm", ikm);
        model.addAttribute("ikmPeriod", DAY.format(from) + " s.d. " + DAY.format(today));
        return "performance";
    }

    /** Service name → the on-time rate of each month ("-" where none finished), in the months' order. */
    private Map<String, List<String>> ratesPerService(List<MonthlyReport> monthly) {
        Map<String, List<String>> rates = new LinkedHashMap<>();
        catalog.services().forEach(service -> rates.put(service.name(), monthly.stream()
                .map(report -> report.perService().stream().filter(r -> r.key().equals(service.code())).findFirst()
                        .map(PerformancePage::rate).orElse("-"))
                .toList()));
        return rates;
    }

    private static String rate(SlaDashboard.Rate rate) {
        return rate.ratePercent() == null ? "-"
                : rate.ratePercent() + " % (" + rate.onTime() + " dari " + rate.completed() + ")";
    }
}
