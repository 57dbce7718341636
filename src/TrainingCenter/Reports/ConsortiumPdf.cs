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
        var metadata = new SKDocumentPdfMetadata { Title = Texts.Get("Consortium report"), Creator = centerName, Creation = asOf, Modified = asOf };
        using (var document = SKDocument.CreatePdf(output, metadata))
        {
            var page = new ConsortiumPdfPage(document, PageWidth, PageHeight, Margin);
            page.Text(Texts.Get("Consortium report"), Margin, 16, bold: true, Navy);
            page.Advance(18);
            page.Text(Texts.Format("{0} · as of {1} UTC", centerName, asOf.ToString("d MMMM yyyy HH:mm", Cohorts.CohortTime.NamesCulture)), Margin, 9, bold: false, Grey);
            page.Advance(26);

            var t = report.Totals;
            page.Text(
                Texts.Format("Enrolled {0} · Completed {1} · Certified {2} · Average attendance {3} · Pledged PKR {4} · Received PKR {5} · Cost per certified graduate (finished cohorts) PKR {6} · so far (running cohorts) PKR {7}",
                    t.Enrolled, t.Completed, t.Certified, Percent(t.AverageAttendancePercent), Money(t.PledgedPkr), Money(t.ReceivedPkr),
                    Money(t.CostPerCertifiedPkr), Money(t.CostSoFarPkr)),
                Margin, 9.5f, bold: true, Ink, PageWidth - 2 * Margin);
            page.Advance(28);

            page.Text(Texts.Get("By track"), Margin, 12, bold: true, Navy);
            page.Advance(18);
            page.Row(TrackColumns, [Texts.Get("Track"), .. FigureHeaders()], bold: true);
            foreach (var row in ConsortiumExport.TrackLines(report))
            {
                page.Row(TrackColumns,
                [
                    ReferenceEquals(row, report.Totals) ? Texts.Get(ConsortiumReport.TotalsLabel) : row.Track, Count(row.Cohorts), Count(row.Enrolled), Count(row.Completed), Count(row.Certified),
                    Percent(row.AverageAttendancePercent), Money(row.PledgedPkr), Money(row.CostPerCertifiedPkr),
                    Money(row.CostSoFarPkr),
                ], bold: ReferenceEquals(row, report.Totals));
            }
            page.Advance(20);

            page.Text(Texts.Get("By centre"), Margin, 12, bold: true, Navy);
            page.Advance(18);
            page.Row(TrackColumns, [Texts.Get("Centre"), .. FigureHeaders()], bold: true);
            foreach (var centre in ConsortiumExport.CentreLines(report))
            {
                var row = centre.Figures;
                page.Row(TrackColumns,
                [
                    ReferenceEquals(row, report.Totals) ? Texts.Get(ConsortiumReport.AllCentresLabel) : centre.City.Length == 0 ? centre.Centre : $"{centre.Centre} ({centre.City})", Count(row.Cohorts), Count(row.Enrolled),
                    Count(row.Completed), Count(row.Certified), Percent(row.AverageAttendancePercent), Money(row.PledgedPkr),
                    Money(row.CostPerCertifiedPkr), Money(row.CostSoFarPkr),
                ], bold: ReferenceEquals(row, report.Totals));
            }
            page.Advance(20);

            page.Text(Texts.Get("By firm"), Margin, 12, bold: true, Navy);
            page.Advance(18);
            page.Row(FirmColumns, [Texts.Get("Firm"), Texts.Get("Cohorts"), Texts.Get("Pledged PKR"), Texts.Get("Received PKR"), Texts.Get("Outstanding PKR"), Texts.Get("Received"), Texts.Get("Reserved seats")], bold: true);
            foreach (var firm in report.Firms.Items)
            {
                page.Row(FirmColumns,
                [
                    firm.IsActive ? firm.Name : Texts.Format("{0} (inactive)", firm.Name), Count(firm.Cohorts), Money(firm.PledgedPkr), Money(firm.ReceivedPkr),
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
        page.Text(Texts.Get("Outcomes of finished cohorts, by track and half-year ended"), Margin, 12, bold: true, Navy);
        page.Advance(14);
        page.Text(Texts.Format("Everyone who took a seat counts; no answer counts as unknown, and unknown as not placed. Placed: a job in the field started within {0} days of the cohort's end.", OutcomeRates.PlacementDays),
            Margin, 7.5f, bold: false, Grey, PageWidth - 2 * Margin);
        page.Advance(11);
        page.Text(Texts.Format("Retained: the placed still in a field job at day {0}, of cohorts that reached it. Median salary band (its lower bound) from {1} answers. Cost: pledges over placed graduates.", OutcomeRates.RetentionDays, OutcomeRates.MinimumForSalary),
            Margin, 7.5f, bold: false, Grey, PageWidth - 2 * Margin);
        page.Advance(16);
        page.Row(OutcomeColumns, [Texts.Get("Track · half-year"), Texts.Get("Seated"), Texts.Get("Grad."), Texts.Get("Known"), Texts.Get("Placed/grad."),
            Texts.Get("Placed/seated"), Texts.Get("Freel."), Texts.Get("Study"), Texts.Get("Seeking"), Texts.Get("Unknown"), Texts.Get("Retained"),
            Texts.Get("Median PKR"), Texts.Get("Members"), Texts.Get("Elsewhere"), Texts.Get("Cost/placed")], bold: true);
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
            page.Row([Margin, PageWidth - Margin], [Texts.Format("Hires by member firm, {0}: {1}", o.Year == 0 ? o.Track : $"{o.Track} · {o.Period}", ConsortiumExport.HiresByFirm(report, o))], bold: false);
        }
    }

    private static string[] FigureHeaders() =>
    [
        Texts.Get("Cohorts"), Texts.Get("Enrolled"), Texts.Get("Completed"), Texts.Get("Certified"), Texts.Get("Attendance"),
        Texts.Get("Pledged PKR"), Texts.Get("Cost/graduate PKR"), Texts.Get("So far PKR"),
    ];

    private static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Money(long? value) => value?.ToString("N0", CultureInfo.InvariantCulture) ?? "–";

    private static string Percent(decimal? value) => value is { } v ? Texts.PlainPercent(v, "0.0") : "–";
}
