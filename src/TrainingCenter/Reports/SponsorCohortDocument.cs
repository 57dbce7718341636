using System.Globalization;
using SkiaSharp;
using TrainingCenter.Attendance;
using TrainingCenter.Cohorts;

namespace TrainingCenter.Reports;

/// <summary>
/// A sponsor cohort report as an A4 PDF: the figures, attendance by week as a line chart and the spread of
/// trainees' rates as a bar chart with the threshold marked, both drawn as vector graphics; then the outcomes, then the
/// trainees.
/// </summary>
public sealed class SponsorCohortDocument(SponsorCohortReport report)
{
    public const float PageWidth = 595;
    public const float PageHeight = 842;
    public const int TraineesPerPage = 38;

    private const float Margin = 48;
    private const float Right = PageWidth - Margin;
    private const float RowHeight = 14;
    private const float UrduRowHeight = 21;
    private const float TraineeRowHeight = 17.5f;
    private const float UrduTraineeRowHeight = 22;
    private const int UrduTraineesPerPage = 30;

    private static readonly SKColor Navy = new(0x1B, 0x2F, 0x4B);
    private static readonly SKColor Gold = new(0xB0, 0x8D, 0x3C);
    private static readonly SKColor Amber = new(0xD9, 0x8C, 0x1F);
    private static readonly SKColor Grey = new(0x5A, 0x62, 0x70);
    private static readonly SKColor Rule = new(0xD5, 0xD9, 0xE0);
    private static readonly SKColor Ink = new(0x22, 0x22, 0x22);

    /// <summary>A figure's line: taller in Urdu, whose Nastaliq letters reach higher and lower than Latin ones.</summary>
    private static float FigureRow => Texts.InUrdu ? UrduRowHeight : RowHeight;

    /// <summary>How far under a line's baseline its rule runs.</summary>
    private static float RuleBelow => Texts.InUrdu ? 6 : 4;

    public int PageCount => 2 + Math.Max(1, (report.Trainees.Count + PerPage - 1) / PerPage);

    /// <summary>Trainees on a page: fewer in Urdu, whose lines are taller.</summary>
    private static int PerPage => Texts.InUrdu ? UrduTraineesPerPage : TraineesPerPage;

    public byte[] ToPdf()
    {
        using var output = new MemoryStream();
        // Dated by when the report was computed, so the same report always gives the same bytes.
        var metadata = new SKDocumentPdfMetadata
        {
            Title = Texts.Format("Sponsor report {0}: {1}", report.Code, report.Title),
            Subject = Texts.Format("For {0}", report.FirmName),
            Creator = "TrainingCenter",
            Creation = report.GeneratedAtUtc,
            Modified = report.GeneratedAtUtc,
        };
        using (var document = SKDocument.CreatePdf(output, metadata))
        {
            using (var canvas = new ReportCanvas(document.BeginPage(PageWidth, PageHeight), PageWidth))
            {
                DrawSummary(canvas);
                DrawFooter(canvas, 1);
            }
            document.EndPage();
            using (var canvas = new ReportCanvas(document.BeginPage(PageWidth, PageHeight), PageWidth))
            {
                DrawOutcomes(canvas);
                DrawFooter(canvas, 2);
            }
            document.EndPage();
            for (var page = 3; page <= PageCount; page++)
            {
                using (var canvas = new ReportCanvas(document.BeginPage(PageWidth, PageHeight), PageWidth))
                {
                    DrawTrainees(canvas, page);
                    DrawFooter(canvas, page);
                }
                document.EndPage();
            }
            document.Close();
        }
        return output.ToArray();
    }

    private void DrawSummary(ReportCanvas canvas)
    {
        canvas.Text(Texts.Get("SPONSOR REPORT"), Margin, 58, 8, Gold, bold: true);
        canvas.Text(report.Title, Margin, 80, 17, Navy, bold: true, maxWidth: Right - Margin);
        var dates = Texts.Format("{0} – {1}", Date(report.StartDate), Date(report.EndDate));
        canvas.Text($"{report.Code} · {report.TrackName} · {report.Status.DisplayName()} · {dates}",
            Margin, 97, 9, Grey, maxWidth: Right - Margin);
        canvas.Text(Texts.Format("For {0} · as of {1}", report.FirmName, CohortTime.Format(report.GeneratedAtUtc, report.TimeZoneId)),
            Margin, 110, 9, Grey, maxWidth: Right - Margin);
        canvas.Line(Margin, 120, Right, 120, Gold, 0.8f);

        var figures = SponsorCohortFigures.Of(report);
        DrawFigures(canvas, figures, SponsorCohortFigures.Funnel, Texts.Get(SponsorCohortFigures.Funnel), Margin, 140, 140);
        DrawFigures(canvas, figures, SponsorCohortFigures.Attendance, Texts.Get(SponsorCohortFigures.Attendance), Margin + 155, 140, 145);
        DrawFigures(canvas, figures, SponsorCohortFigures.Money, Texts.Get(SponsorCohortFigures.Money), Margin + 315, 140, Right - Margin - 315);

        // Urdu's taller figure lines push the charts down a little.
        if (Texts.InUrdu)
        {
            DrawWeeks(canvas, new SKRect(Margin + 30, 370, Right - 8, 515));
            DrawBands(canvas, new SKRect(Margin + 30, 597, Right - 8, 765));
            return;
        }
        DrawWeeks(canvas, new SKRect(Margin + 30, 318, Right - 8, 500));
        DrawBands(canvas, new SKRect(Margin + 30, 572, Right - 8, 760));
    }

    private static void DrawFigures(ReportCanvas canvas, IReadOnlyList<ReportFigure> figures, string section, string heading, float left, float top, float width)
    {
        canvas.Text(heading, left, top, 10, Navy, bold: true);
        var y = top + 16;
        foreach (var figure in figures.Where(f => f.Section == section))
        {
            if (figure.Number is not { } number)
            {
                // A value in words ("no certified graduates yet") takes a line of its own, so the label keeps its size.
                canvas.Text(figure.Item, left, y, 8.5f, Grey, maxWidth: width);
                y += FigureRow;
                canvas.Text(figure.Text, left + width, y, 8.5f, Ink, bold: true, align: SKTextAlign.Right, maxWidth: width);
                canvas.Line(left, y + RuleBelow, left + width, y + RuleBelow, Rule, 0.4f);
                y += FigureRow;
                continue;
            }
            var valueWidth = canvas.Text(Number(number), left + width, y, 8.5f, Ink, bold: true, align: SKTextAlign.Right, maxWidth: width * 0.55f);
            canvas.Text(figure.Item, left, y, 8.5f, Grey, maxWidth: width - valueWidth - 6);
            canvas.Line(left, y + RuleBelow, left + width, y + RuleBelow, Rule, 0.4f);
            y += FigureRow;
        }
    }

    /// <summary>A line of the cohort's weekly rate on a 0–100% scale, the threshold dashed, each point labelled.</summary>
    private void DrawWeeks(ReportCanvas canvas, SKRect plot)
    {
        canvas.Text(Texts.Format("Attendance by week (% of counted sessions, weeks from Monday in {0})", report.TimeZoneId), Margin, plot.Top - 18, 10, Navy, bold: true);
        for (var percent = 0; percent <= 100; percent += 20)
        {
            var y = plot.Bottom - percent / 100f * plot.Height;
            canvas.Line(plot.Left, y, plot.Right, y, Rule, 0.5f);
            canvas.Text(Texts.PlainPercent(percent), plot.Left - 4, y + 3, 7, Grey, align: SKTextAlign.Right);
        }
        var threshold = plot.Bottom - report.ThresholdPercent / 100f * plot.Height;
        canvas.Line(plot.Left, threshold, plot.Right, threshold, Amber, 0.8f, dash: 3);
        canvas.Text(Threshold, plot.Right, threshold - 3, 7, Amber, align: SKTextAlign.Right);
        if (report.Weeks.Count == 0)
        {
            canvas.Text(Texts.Get(AttendanceRate.NothingCounted), plot.MidX, plot.MidY, 9, Grey, align: SKTextAlign.Center);
            return;
        }
        var slot = plot.Width / report.Weeks.Count;
        var points = report.Weeks
            .Select((w, i) => new SKPoint(plot.Left + slot * (i + 0.5f), plot.Bottom - (float)(w.Percent ?? 0) / 100f * plot.Height))
            .ToList();
        using (var builder = new SKPathBuilder())
        {
            builder.MoveTo(points[0]);
            foreach (var point in points.Skip(1)) builder.LineTo(point);
            using var line = builder.Detach();
            canvas.Path(line, Navy, 1.6f);
        }
        for (var i = 0; i < points.Count; i++)
        {
            var week = report.Weeks[i];
            canvas.Dot(points[i].X, points[i].Y, 2.4f, Navy);
            canvas.Text(week.Percent is { } p ? Texts.PlainPercent(p) : "", points[i].X, points[i].Y - 6, 7, Ink, align: SKTextAlign.Center);
            canvas.Text(week.Monday.ToString("d MMM", CohortTime.NamesCulture), points[i].X, plot.Bottom + 11, 7, Grey,
                align: SKTextAlign.Center, maxWidth: slot - 2);
        }
    }

    /// <summary>Bars of trainees per 10-point band of rate, bands wholly below the threshold in amber, the threshold as a dashed line.</summary>
    private void DrawBands(ReportCanvas canvas, SKRect plot)
    {
        canvas.Text(Texts.Format("Trainees by attendance rate ({0} not yet rated)", report.NotYetRated), Margin, plot.Top - 18, 10, Navy, bold: true);
        var most = Math.Max(1, report.Bands.Max(b => b.Trainees));
        var step = Math.Max(1, (int)Math.Ceiling(most / 5.0));
        var top = step * (int)Math.Ceiling((double)most / step);
        for (var tick = 0; tick <= top; tick += step)
        {
            var y = plot.Bottom - (float)tick / top * plot.Height;
            canvas.Line(plot.Left, y, plot.Right, y, Rule, 0.5f);
            canvas.Text(tick.ToString(CultureInfo.InvariantCulture), plot.Left - 4, y + 3, 7, Grey, align: SKTextAlign.Right);
        }
        var slot = plot.Width / report.Bands.Count;
        for (var i = 0; i < report.Bands.Count; i++)
        {
            var band = report.Bands[i];
            var x = plot.Left + slot * i;
            var height = (float)band.Trainees / top * plot.Height;
            if (band.Trainees > 0) canvas.Fill(new SKRect(x + slot * 0.15f, plot.Bottom - height, x + slot * 0.85f, plot.Bottom), band.BelowThreshold ? Amber : Navy);
            canvas.Text(band.Trainees.ToString(CultureInfo.InvariantCulture), x + slot / 2, plot.Bottom - height - 4, 8, Ink, bold: true, align: SKTextAlign.Center);
            canvas.Text(band.Label, x + slot / 2, plot.Bottom + 11, 7, Grey, align: SKTextAlign.Center, maxWidth: slot - 2);
        }
        var threshold = plot.Left + report.ThresholdPercent / 100f * plot.Width;
        canvas.Line(threshold, plot.Top - 4, threshold, plot.Bottom, Amber, 1, dash: 3);
        // Nastaliq climbs higher than Latin: the Urdu label sits lower, clear of the top grid line.
        canvas.Text(Threshold, threshold + 3, plot.Top + (Texts.InUrdu ? 14 : 4), 7, Amber);
    }

    /// <summary>The outcome figures, then the names of those this firm hired (nobody else's).</summary>
    private void DrawOutcomes(ReportCanvas canvas)
    {
        canvas.Text(Texts.Format("Outcomes of {0}", report.Code), Margin, 62, 13, Navy, bold: true);
        canvas.Text(Texts.Get("Everyone who took a seat counts; no answer counts as unknown, and unknown as not placed. Names only of those we hired."),
            Margin, 78, 8.5f, Grey, maxWidth: Right - Margin);
        var figures = SponsorCohortFigures.Of(report);
        DrawFigures(canvas, figures, SponsorCohortFigures.Outcomes, Texts.Get(SponsorCohortFigures.Outcomes), Margin, 104, 300);
        var names = figures.Where(f => f.Section == SponsorCohortFigures.HiredByUs).Select(f => f.Text).ToList();
        canvas.Text(Texts.Get(SponsorCohortFigures.HiredByUs), Margin + 330, 104, 10, Navy, bold: true);
        var y = 120f;
        if (names.Count == 0) canvas.Text(Texts.Get("Nobody placed with us yet."), Margin + 330, y, 8.5f, Grey);
        foreach (var name in names)
        {
            canvas.Text(name, Margin + 330, y, 9, Ink, maxWidth: Right - Margin - 330);
            y += FigureRow;
        }
    }

    private void DrawTrainees(ReportCanvas canvas, int page)
    {
        canvas.Text(Texts.Format("Trainees of {0}", report.Code), Margin, 62, 13, Navy, bold: true);
        canvas.Text(Texts.Get("Everyone who took a seat; rates by the attendance rules, certificates that are live."), Margin, 78, 8.5f, Grey);
        float[] columns = [Margin, Margin + 250, Margin + 320, Margin + 400];
        string[] headers = [Texts.Get("Name"), Texts.Get("Rate"), Texts.Get("Status"), Texts.Get("Certificate")];
        for (var c = 0; c < columns.Length; c++) canvas.Text(headers[c], columns[c], 104, 8.5f, Navy, bold: true);
        canvas.Line(Margin, Texts.InUrdu ? 111 : 109, Right, Texts.InUrdu ? 111 : 109, Navy, 0.6f);
        var rows = report.Trainees.Skip((page - 3) * PerPage).Take(PerPage).ToList();
        if (rows.Count == 0) canvas.Text(Texts.Get("Nobody has taken a seat yet."), Margin, 126, 9, Grey);
        var y = Texts.InUrdu ? 130f : 124f;
        foreach (var trainee in rows)
        {
            canvas.Text(trainee.Name, columns[0], y, 9, Ink, maxWidth: columns[1] - columns[0] - 8);
            canvas.Text(trainee.Rate.Display, columns[1], y, 9, trainee.IsAtRisk ? Amber : Ink, maxWidth: columns[2] - columns[1] - 6);
            canvas.Text(trainee.Status.DisplayName(), columns[2], y, 9, Ink);
            canvas.Text(trainee.CertificateSerial ?? "", columns[3], y, 9, Ink, maxWidth: Right - columns[3]);
            canvas.Line(Margin, y + RuleBelow + 1, Right, y + RuleBelow + 1, Rule, 0.4f);
            y += Texts.InUrdu ? UrduTraineeRowHeight : TraineeRowHeight;
        }
    }

    private void DrawFooter(ReportCanvas canvas, int page)
    {
        canvas.Line(Margin, PageHeight - 40, Right, PageHeight - 40, Rule, 0.5f);
        canvas.Text(Texts.Format("{0} · sponsor report for {1}", report.Code, report.FirmName), Margin, PageHeight - 28, 7.5f, Grey, maxWidth: 380);
        canvas.Text(Texts.Format("Page {0} of {1}", page, PageCount), Right, PageHeight - 28, 7.5f, Grey, align: SKTextAlign.Right);
    }

    private static string Number(decimal number) =>
        number.ToString(number == Math.Floor(number) ? "#,##0" : "#,##0.0", CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => date.ToString("d MMM yyyy", CohortTime.NamesCulture);

    /// <summary>The threshold's label on both charts: "threshold 80%".</summary>
    private string Threshold => Texts.Format("threshold {0}", Texts.PlainPercent(report.ThresholdPercent));
}
