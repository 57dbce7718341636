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
            page.Paragraph(
                Texts.Format("Enrolled {0} · Completed {1} · Certified {2} · Average attendance {3} · Pledged PKR {4} · Received PKR {5} · Cost per certified graduate (finished cohorts) PKR {6} · so far (running cohorts) PKR {7}",
                    t.Enrolled, t.Completed, t.Certified, Percent(t.AverageAttendancePercent), Money(t.PledgedPkr), Money(t.ReceivedPkr),
                    Money(t.CostPerCertifiedPkr), Money(t.CostSoFarPkr)),
                Margin, 9.5f, bold: true, Ink, PageWidth - 2 * Margin, lineAdvance: 13);
            page.Advance(28);

            var tracks = Table([Texts.Get("Track"), .. FigureHeaders()], ConsortiumExport.TrackLines(report).Select(row => (Cells(
                ReferenceEquals(row, report.Totals) ? Texts.Get(ConsortiumReport.TotalsLabel) : row.Track, row), ReferenceEquals(row, report.Totals))));
            var centres = Table([Texts.Get("Centre"), .. FigureHeaders()], ConsortiumExport.CentreLines(report).Select(centre => (Cells(
                ReferenceEquals(centre.Figures, report.Totals) ? Texts.Get(ConsortiumReport.AllCentresLabel) : centre.City.Length == 0 ? centre.Centre : $"{centre.Centre} ({centre.City})",
                centre.Figures), ReferenceEquals(centre.Figures, report.Totals))));
            // The tracks and the centres show the same figures: their columns line up.
            var figureColumns = page.Columns([.. tracks.Rows, .. centres.Rows], [.. tracks.Bold, .. centres.Bold]);
            DrawTable(page, Texts.Get("By track"), tracks, figureColumns);
            page.Advance(20);
            DrawTable(page, Texts.Get("By centre"), centres, figureColumns);
            page.Advance(20);

            var firms = Table([Texts.Get("Firm"), Texts.Get("Cohorts"), Texts.Get("Pledged PKR"), Texts.Get("Received PKR"), Texts.Get("Outstanding PKR"), Texts.Get("Received"), Texts.Get("Reserved seats")],
                report.Firms.Items.Select(firm => ((IReadOnlyList<string>)
                [
                    firm.IsActive ? firm.Name : Texts.Format("{0} (inactive)", firm.Name), Count(firm.Cohorts), Money(firm.PledgedPkr), Money(firm.ReceivedPkr),
                    Money(firm.OutstandingPkr), Percent(firm.ReceivedPercent), firm.ReservedSeatsDisplay,
                ], false)));
            DrawTable(page, Texts.Get("By firm"), firms, page.Columns(firms.Rows, firms.Bold));
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
        page.Paragraph(Texts.Format("Everyone who took a seat counts; no answer counts as unknown, and unknown as not placed. Placed: a job in the field started within {0} days of the cohort's end.", OutcomeRates.PlacementDays),
            Margin, 7.5f, bold: false, Grey, PageWidth - 2 * Margin, lineAdvance: 11);
        page.Advance(11);
        page.Paragraph(Texts.Format("Retained: the placed still in a field job at day {0}, of cohorts that reached it. Median salary band (its lower bound) from {1} answers. Cost: pledges over placed graduates.", OutcomeRates.RetentionDays, OutcomeRates.MinimumForSalary),
            Margin, 7.5f, bold: false, Grey, PageWidth - 2 * Margin, lineAdvance: 11);
        page.Advance(16);
        var outcomes = Table([Texts.Get("Track · half-year"), Texts.Get("Seated"), Texts.Get("Grad."), Texts.Get("Known"), Texts.Get("Placed/grad."),
            Texts.Get("Placed/seated"), Texts.Get("Freel."), Texts.Get("Study"), Texts.Get("Seeking"), Texts.Get("Unknown"), Texts.Get("Retained"),
            Texts.Get("Median PKR"), Texts.Get("Members"), Texts.Get("Elsewhere"), Texts.Get("Cost/placed")],
            report.OutcomeLines.Select(o => ((IReadOnlyList<string>)
            [
                o.Year == 0 ? o.Track : $"{o.Track} · {o.Period}", Count(o.Enrolled), Count(o.Graduated), Percent(o.KnownPercent),
                Percent(o.PlacedOfGraduatesPercent), Percent(o.PlacedOfEnrolledPercent), Count(o.Freelancing), Count(o.FurtherStudy), Count(o.Seeking),
                Count(o.Unknown), Percent(o.RetainedPercent), Money(o.MedianSalaryBandPkr), Count(o.HiredByMembers), Count(o.HiredElsewhere),
                Money(o.CostPerPlacedGraduatePkr),
            ], o.Year == 0)));
        var columns = page.Columns(outcomes.Rows, outcomes.Bold);
        for (var r = 0; r < outcomes.Rows.Count; r++) page.Row(columns, outcomes.Rows[r], outcomes.Bold[r]);
        page.Advance(6);
        foreach (var o in report.OutcomeLines.Where(o => o.HiresByFirm.Count > 0))
        {
            page.Row([Margin, PageWidth - Margin], [Texts.Format("Hires by member firm, {0}: {1}", o.Year == 0 ? o.Track : $"{o.Track} · {o.Period}", ConsortiumExport.HiresByFirm(report, o))], bold: false);
        }
    }

    /// <summary>A table's header and rows, and whether each is drawn bold (the header, a totals line).</summary>
    private sealed record PdfTable(IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<bool> Bold);

    private static PdfTable Table(IReadOnlyList<string> header, IEnumerable<(IReadOnlyList<string> Cells, bool Bold)> rows)
    {
        var list = rows.ToList();
        return new PdfTable([header, .. list.Select(r => r.Cells)], [true, .. list.Select(r => r.Bold)]);
    }

    private static void DrawTable(ConsortiumPdfPage page, string title, PdfTable table, float[] columns)
    {
        page.Text(title, Margin, 12, bold: true, Navy);
        page.Advance(18);
        for (var r = 0; r < table.Rows.Count; r++) page.Row(columns, table.Rows[r], table.Bold[r]);
    }

    /// <summary>A track's or a centre's line: its label, then its figures.</summary>
    private static IReadOnlyList<string> Cells(string label, ConsortiumTrackRow row) =>
    [
        label, Count(row.Cohorts), Count(row.Enrolled), Count(row.Completed), Count(row.Certified),
        Percent(row.AverageAttendancePercent), Money(row.PledgedPkr), Money(row.CostPerCertifiedPkr), Money(row.CostSoFarPkr),
    ];

    private static string[] FigureHeaders() =>
    [
        Texts.Get("Cohorts"), Texts.Get("Enrolled"), Texts.Get("Completed"), Texts.Get("Certified"), Texts.Get("Attendance"),
        Texts.Get("Pledged PKR"), Texts.Get("Cost/graduate PKR"), Texts.Get("So far PKR"),
    ];

    private static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Money(long? value) => value?.ToString("N0", CultureInfo.InvariantCulture) ?? "–";

    private static string Percent(decimal? value) => value is { } v ? Texts.PlainPercent(v, "0.0") : "–";
}
