using System.Globalization;
using SkiaSharp;
using TrainingCenter.Reports;

namespace TrainingCenter.Funding;

/// <summary>
/// A claim pack's summary as an A4 PDF: the cohort, its funders, the milestone and its count, the amount claimed, the
/// trainees behind the milestone (names and what the milestone needs), and a block for the signatures.
/// </summary>
public sealed class ClaimPackDocument(ClaimPack pack)
{
    public const float PageWidth = 595;
    public const float PageHeight = 842;
    public const int TraineesOnFirstPage = 22;
    public const int TraineesPerPage = 42;

    private const float Margin = 48;
    private const float Right = PageWidth - Margin;
    private const float RowHeight = 16;

    private static readonly SKColor Navy = new(0x1B, 0x2F, 0x4B);
    private static readonly SKColor Gold = new(0xB0, 0x8D, 0x3C);
    private static readonly SKColor Grey = new(0x5A, 0x62, 0x70);
    private static readonly SKColor Rule = new(0xD5, 0xD9, 0xE0);
    private static readonly SKColor Ink = new(0x22, 0x22, 0x22);

    /// <summary>A line of the summary or the table: taller in Urdu, whose Nastaliq letters reach higher and lower.</summary>
    private static float Row => Texts.InUrdu ? 23 : RowHeight;

    /// <summary>How far under a line's baseline its rule runs.</summary>
    private static float RuleBelow => Texts.InUrdu ? 7 : 5;

    public int PageCount => 1 + (Math.Max(0, pack.Trainees.Count - OnFirstPage) + PerPage - 1) / PerPage + 1;

    /// <summary>Trainees on a page after the first: fewer in Urdu, whose lines are taller.</summary>
    private static int PerPage => Texts.InUrdu ? 30 : TraineesPerPage;

    /// <summary>Trainees under the summary on the first page: fewer in Urdu.</summary>
    private static int OnFirstPage => Texts.InUrdu ? 18 : TraineesOnFirstPage;

    public byte[] ToPdf()
    {
        using var output = new MemoryStream();
        var metadata = new SKDocumentPdfMetadata
        {
            Title = Texts.Format("Claim {0}: {1}, {2}", pack.Code, pack.Funder, pack.Milestone.DisplayName()),
            Creator = "TrainingCenter",
            Creation = pack.GeneratedAtUtc,
            Modified = pack.GeneratedAtUtc,
        };
        using (var document = SKDocument.CreatePdf(output, metadata))
        {
            var rows = pack.Trainees.Select(t => ClaimPackExport.Row(pack.Milestone, t)).ToList();
            var pages = new List<IReadOnlyList<IReadOnlyList<string>>> { rows.Take(OnFirstPage).ToList() };
            pages.AddRange(rows.Skip(OnFirstPage).Chunk(PerPage).Select(c => (IReadOnlyList<IReadOnlyList<string>>)c));
            for (var i = 0; i < pages.Count; i++)
            {
                using (var canvas = new ReportCanvas(document.BeginPage(PageWidth, PageHeight), PageWidth))
                {
                    var top = i == 0 ? DrawSummary(canvas) : 60f;
                    DrawTrainees(canvas, pages[i], top);
                    DrawFooter(canvas, i + 1);
                }
                document.EndPage();
            }
            using (var canvas = new ReportCanvas(document.BeginPage(PageWidth, PageHeight), PageWidth))
            {
                DrawSignatures(canvas);
                DrawFooter(canvas, pages.Count + 1);
            }
            document.EndPage();
            document.Close();
        }
        return output.ToArray();
    }

    /// <returns>Where the trainees' table starts.</returns>
    private float DrawSummary(ReportCanvas canvas)
    {
        canvas.Text(Texts.Get("GRANT TRANCHE CLAIM"), Margin, 58, 8, Gold, bold: true);
        canvas.Text(pack.Title, Margin, 80, 17, Navy, bold: true, maxWidth: Right - Margin);
        canvas.Text(Texts.Format("{0} · {1} – {2} · as of {3}", pack.Code, MoneyText.Day(pack.StartDate), MoneyText.Day(pack.EndDate), Cohorts.CohortTime.Format(pack.GeneratedAtUtc, pack.TimeZoneId)),
            Margin, 97, 9, Grey, maxWidth: Right - Margin);
        canvas.Line(Margin, 108, Right, 108, Gold, 0.8f);
        var y = 128f;
        foreach (var (label, value) in new[]
                 {
                     (Texts.Get("Funder"), $"{pack.Funder}{(pack.Scheme.Length > 0 ? $" ({pack.Scheme})" : "")}"),
                     (Texts.Get("Member firms"), pack.MemberFirms.Count > 0 ? string.Join(Texts.Get(", "), pack.MemberFirms) : Texts.Get("none")),
                     (Texts.Get("Award"), MoneyText.Pkr(pack.AwardedPkr)),
                     (Texts.Get("Milestone"), pack.Milestone.DisplayName()),
                     (Texts.Get("Reached"), Texts.Format("{0} of {1} needed", Number(pack.Count), Number(pack.Threshold))),
                     (Texts.Get("Tranche"), Texts.Format("{0} of the award", Texts.PlainPercent(pack.Percent))),
                     (Texts.Get("Amount claimed"), MoneyText.Pkr(pack.ClaimedPkr)),
                     (Texts.Get("Claim status"), pack.Status.DisplayName()),
                 })
        {
            canvas.Text(label, Margin, y, 9, Grey);
            canvas.Text(value, Margin + 120, y, 9, Ink, bold: true, maxWidth: Right - Margin - 120);
            canvas.Line(Margin, y + RuleBelow, Right, y + RuleBelow, Rule, 0.4f);
            y += Row;
        }
        y += 14;
        canvas.Text(Texts.Format("Trainees behind the milestone ({0})", Number(pack.Trainees.Count)), Margin, y, 11, Navy, bold: true);
        return y + 20;
    }

    private void DrawTrainees(ReportCanvas canvas, IReadOnlyList<IReadOnlyList<string>> rows, float top)
    {
        var header = ClaimPackExport.Header(pack.Milestone);
        var width = (Right - Margin) / header.Count;
        for (var c = 0; c < header.Count; c++) canvas.Text(header[c], Margin + c * width, top, 8, Grey, bold: true, maxWidth: width - 4);
        canvas.Line(Margin, top + RuleBelow, Right, top + RuleBelow, Navy, 0.6f);
        var y = top + Row;
        if (rows.Count == 0 && top > 60) canvas.Text(Texts.Get("Nobody has reached this milestone."), Margin, y, 9, Grey);
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Count; c++) canvas.Text(row[c], Margin + c * width, y, 8, Ink, maxWidth: width - 4);
            canvas.Line(Margin, y + RuleBelow, Right, y + RuleBelow, Rule, 0.3f);
            y += Row;
        }
    }

    private static void DrawSignatures(ReportCanvas canvas)
    {
        canvas.Text(Texts.Get("Declaration"), Margin, 70, 13, Navy, bold: true);
        canvas.Text(Texts.Get("We declare that the trainees listed reached the milestone claimed and that the evidence enclosed is genuine."),
            Margin, 90, 9, Ink, maxWidth: Right - Margin);
        var y = 150f;
        foreach (var role in new[] { Texts.Get("Prepared by (training centre)"), Texts.Get("Approved by (consortium)"), Texts.Get("Received by (funder)") })
        {
            canvas.Text(role, Margin, y, 9, Navy, bold: true);
            foreach (var (label, x) in new[] { (Texts.Get("Name"), Margin), (Texts.Get("Signature"), Margin + 180), (Texts.Get("Date"), Margin + 360) })
            {
                canvas.Line(x, y + 40, x + 150, y + 40, Grey, 0.6f);
                canvas.Text(label, x, y + 52, 8, Grey);
            }
            y += 110;
        }
    }

    private void DrawFooter(ReportCanvas canvas, int page)
    {
        canvas.Line(Margin, PageHeight - 40, Right, PageHeight - 40, Rule, 0.5f);
        canvas.Text($"{pack.Code} · {pack.Funder} · {pack.Milestone.DisplayName()}", Margin, PageHeight - 28, 7, Grey, maxWidth: Right - Margin - 60);
        canvas.Text(Texts.Format("Page {0} of {1}", page, PageCount), Right, PageHeight - 28, 7, Grey, align: SKTextAlign.Right);
    }

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
