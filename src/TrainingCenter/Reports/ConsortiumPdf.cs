using System.Globalization;
using SkiaSharp;
using TrainingCenter.Outcomes;

namespace TrainingCenter.Reports;

/// <summary>
/// The consortium report as a PDF drawn with Skia (A4 landscape): the totals, the tables by track, by centre and by
/// firm, continued on further pages when long. Text is shaped with the certificates' fonts, so names in Urdu print.
/// </summary>
public static class ConsortiumPdf
{
    public const string ContentType = "application/pdf";
    private const float PageWidth = 842;
    private const float PageHeight = 595;
    private const float Margin = 40;
    private static readonly SKColor Navy = new(0x1F, 0x2A, 0x44);
    private static readonly SKColor Ink = new(0x22, 0x22, 0x22);
    private static readonly SKColor Grey = new(0x66, 0x66, 0x66);

    private static readonly float[] TrackColumns = [Margin, 220, 275, 335, 400, 465, 550, 630, 715, 802];
    private static readonly float[] FirmColumns = [Margin, 280, 340, 420, 510, 600, 690, 802];
    private static readonly float[] OutcomeColumns = [Margin, 200, 238, 274, 316, 362, 410, 446, 482, 522, 562, 610, 662, 706, 752, 802];

    public static byte[] Render(ConsortiumReport report, string centerName)
    {
        using var output = new MemoryStream();
        var asOf = report.AsOfUtc;
        var metadata = new SKDocumentPdfMetadata { Title = "Consortium report", Creator = centerName, Creation = asOf, Modified = asOf };
        using (var document = SKDocument.CreatePdf(output, metadata))
        {
            var page = new ConsortiumPdfPage(document, PageWidth, PageHeight, Margin);
            page.Text("Consortium report", Margin, 16, bold: true, Navy);
            page.Advance(18);
            page.Text($"{centerName} · as of {asOf.ToString("d MMMM yyyy HH:mm", CultureInfo.InvariantCulture)} UTC", Margin, 9, bold: false, Grey);
            page.Advance(26);

            var t = report.Totals;
            page.Text(
                $"Enrolled {t.Enrolled} · Completed {t.Completed} · Certified {t.Certified} · Average attendance {Percent(t.AverageAttendancePercent)} · "
                + $"Pledged PKR {Money(t.PledgedPkr)} · Received PKR {Money(t.ReceivedPkr)} · Cost per certified graduate (finished cohorts) PKR {Money(t.CostPerCertifiedPkr)} · so far (running cohorts) PKR {Money(t.CostSoFarPkr)}",
                Margin, 9.5f, bold: true, Ink, PageWidth - 2 * Margin);
            page.Advance(28);

            page.Text("By track", Margin, 12, bold: true, Navy);
            page.Advance(18);
            page.Row(TrackColumns, ["Track", "Cohorts", "Enrolled", "Completed", "Certified", "Attendance", "Pledged PKR", "Cost/graduate PKR", "So far PKR"], bold: true);
            foreach (var row in ConsortiumExport.TrackLines(report))
            {
                page.Row(TrackColumns,
                [
                    row.Track, Count(row.Cohorts), Count(row.Enrolled), Count(row.Completed), Count(row.Certified),
                    Percent(row.AverageAttendancePercent), Money(row.PledgedPkr), Money(row.CostPerCertifiedPkr),
                    Money(row.CostSoFarPkr),
                ], bold: ReferenceEquals(row, report.Totals));
            }
            page.Advance(20);

            page.Text("By centre", Margin, 12, bold: true, Navy);
            page.Advance(18);
            page.Row(TrackColumns, ["Centre", "Cohorts", "Enrolled", "Completed", "Certified", "Attendance", "Pledged PKR", "Cost/graduate PKR", "So far PKR"], bold: true);
            foreach (var centre in ConsortiumExport.CentreLines(report))
            {
                var row = centre.Figures;
                page.Row(TrackColumns,
                [
                    centre.City.Length == 0 ? centre.Centre : $"{centre.Centre} ({centre.City})", Count(row.Cohorts), Count(row.Enrolled),
                    Count(row.Completed), Count(row.Certified), Percent(row.AverageAttendancePercent), Money(row.PledgedPkr),
                    Money(row.CostPerCertifiedPkr), Money(row.CostSoFarPkr),
                ], bold: ReferenceEquals(row, report.Totals));
            }
            page.Advance(20);

            page.Text("By firm", Margin, 12, bold: true, Navy);
            page.Advance(18);
            page.Row(FirmColumns, ["Firm", "Cohorts", "Pledged PKR", "Received PKR", "Outstanding PKR", "Received", "Reserved seats"], bold: true);
            foreach (var firm in report.Firms.Items)
            {
                page.Row(FirmColumns,
                [
                    firm.IsActive ? firm.Name : $"{firm.Name} (inactive)", Count(firm.Cohorts), Money(firm.PledgedPkr), Money(firm.ReceivedPkr),
                    Money(firm.OutstandingPkr), Percent(firm.ReceivedPercent), firm.ReservedSeatsDisplay,
                ], bold: false);
            }
            page.Advance(20);
            DrawOutcomes(page, report);
            page.End();
            document.Close();
        }
        return output.ToArray();
    }

    /// <summary>The outcomes by track and half-year, how they are counted, then each line's hires by member firm.</summary>
    private static void DrawOutcomes(ConsortiumPdfPage page, ConsortiumReport report)
    {
        page.Text("Outcomes of finished cohorts, by track and half-year ended", Margin, 12, bold: true, Navy);
        page.Advance(14);
        page.Text($"Everyone who took a seat counts; no answer counts as unknown, and unknown as not placed. Placed: a job in the field started within {OutcomeRates.PlacementDays} days of the cohort's end.",
            Margin, 7.5f, bold: false, Grey, PageWidth - 2 * Margin);
        page.Advance(11);
        page.Text($"Retained: the placed still in a field job at day {OutcomeRates.RetentionDays}, of cohorts that reached it. Median salary band (its lower bound) from {OutcomeRates.MinimumForSalary} answers. Cost: pledges over placed graduates.",
            Margin, 7.5f, bold: false, Grey, PageWidth - 2 * Margin);
        page.Advance(16);
        page.Row(OutcomeColumns, ["Track · half-year", "Seated", "Grad.", "Known", "Placed/grad.", "Placed/seated", "Freel.", "Study", "Seeking",
            "Unknown", "Retained", "Median PKR", "Members", "Elsewhere", "Cost/placed"], bold: true);
        foreach (var o in report.OutcomeLines)
        {
            page.Row(OutcomeColumns,
            [
                o.Year == 0 ? o.Track : $"{o.Track} · {o.Period}", Count(o.Enrolled), Count(o.Graduated), Percent(o.KnownPercent),
                Percent(o.PlacedOfGraduatesPercent), Percent(o.PlacedOfEnrolledPercent), Count(o.Freelancing), Count(o.FurtherStudy), Count(o.Seeking),
                Count(o.Unknown), Percent(o.RetainedPercent), Money(o.MedianSalaryBandPkr), Count(o.HiredByMembers), Count(o.HiredElsewhere),
                Money(o.CostPerPlacedGraduatePkr),
            ], bold: o.Year == 0);
        }
        page.Advance(6);
        foreach (var o in report.OutcomeLines.Where(o => o.HiresByFirm.Count > 0))
        {
            page.Row([Margin, PageWidth - Margin], [$"Hires by member firm, {(o.Year == 0 ? o.Track : $"{o.Track} · {o.Period}")}: {ConsortiumExport.HiresByFirm(report, o)}"], bold: false);
        }
    }

    private static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Money(long? value) => value?.ToString("N0", CultureInfo.InvariantCulture) ?? "–";

    private static string Percent(decimal? value) => value is { } v ? Texts.PlainPercent(v, "0.0") : "–";
}
