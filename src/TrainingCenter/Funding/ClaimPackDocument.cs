using System.Globalization;
using SkiaSharp;
using TrainingCenter.Certificates;
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

    public int PageCount => Pages().Count + 1;

    /// <summary>Trainees on a page after the first: fewer in Urdu, whose lines are taller.</summary>
    private static int PerPage => Texts.InUrdu ? 30 : TraineesPerPage;

    /// <summary>Trainees under the summary on the first page: fewer in Urdu.</summary>
    private static int OnFirstPage => Texts.InUrdu ? 18 : TraineesOnFirstPage;

    /// <summary>From one line's baseline to the next when a value or a cell wraps: Nastaliq's line band, or a Latin line.</summary>
    private static float Pitch(float size) => Texts.InUrdu ? (ShapedText.UrduAbove + ShapedText.UrduBelow) * size : size * 1.3f;

    private const float CellSize = 8;
    private const float ValueSize = 9;
    private const float ValueLeft = Margin + 120;

    /// <summary>Where the trainees' table starts on the first page when no summary value wraps.</summary>
    private static float FirstTableTop => 128 + 8 * Row + 34;

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
            var pages = Pages();
            for (var i = 0; i < pages.Count; i++)
            {
                using (var canvas = new ReportCanvas(document.BeginPage(PageWidth, PageHeight), PageWidth))
                {
                    var top = i == 0 ? DrawSummary(canvas) : 60f;
                    DrawTrainees(canvas, pages[i], top);
                    DrawFooter(canvas, i + 1, pages.Count + 1);
                }
                document.EndPage();
            }
            using (var canvas = new ReportCanvas(document.BeginPage(PageWidth, PageHeight), PageWidth))
            {
                DrawSignatures(canvas);
                DrawFooter(canvas, pages.Count + 1, pages.Count + 1);
            }
            document.EndPage();
            document.Close();
        }
        return output.ToArray();
    }

    /// <summary>The trainees' table: its columns from what they hold, and its header and rows in lines that fit them.</summary>
    private sealed record Table(float[] Columns, IReadOnlyList<IReadOnlyList<string>> Header, IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> Rows);

    private Table? table;

    /// <summary>Laid out once per document: <see cref="PageCount"/> and every page use it.</summary>
    private Table Trainees() => table ??= LayOutTrainees();

    private Table LayOutTrainees()
    {
        var header = ClaimPackExport.Header(pack.Milestone);
        var rows = pack.Trainees.Select(t => ClaimPackExport.Row(pack.Milestone, t)).ToList();
        var urdu = Texts.InUrdu;
        var columns = TableColumns.Fit([header, .. rows], [true, .. rows.Select(_ => false)], Margin, Right, _ => 4, CellSize, urdu,
            firstAtLeast: (Right - Margin) / header.Count);
        IReadOnlyList<IReadOnlyList<string>> Lines(IReadOnlyList<string> cells, bool bold) =>
            [.. cells.Select((cell, c) => TextLines.Wrap(cell, columns[c + 1] - columns[c] - 4, CellSize, bold, urdu))];
        return new Table(columns, Lines(header, true), [.. rows.Select(r => Lines(r, false))]);
    }

    /// <summary>
    /// The trainees' rows page by page: as many as the page's table has room for, a wrapped row taking its extra lines'
    /// room (<see cref="TraineesOnFirstPage"/> and <see cref="TraineesPerPage"/> one-line rows).
    /// </summary>
    private List<List<IReadOnlyList<IReadOnlyList<string>>>> Pages()
    {
        var table = Trainees();
        var header = Height(table.Header);
        var pages = new List<List<IReadOnlyList<IReadOnlyList<string>>>> { new() };
        var (y, bottom) = (SummaryBottom() + header, FirstTableTop + (OnFirstPage + 1) * Row);
        foreach (var row in table.Rows)
        {
            if (y + Height(row) > bottom && pages[^1].Count > 0)
            {
                pages.Add([]);
                (y, bottom) = (60 + header, 60 + (PerPage + 1) * Row);
            }
            pages[^1].Add(row);
            y += Height(row);
        }
        return pages;
    }

    private static float Height(IReadOnlyList<IReadOnlyList<string>> row) => Row + (row.Max(c => c.Count) - 1) * Pitch(CellSize);

    /// <summary>The summary's label and value pairs.</summary>
    private (string Label, string Value)[] Summary() =>
    [
        (Texts.Get("Funder"), $"{pack.Funder}{(pack.Scheme.Length > 0 ? $" ({pack.Scheme})" : "")}"),
        (Texts.Get("Member firms"), pack.MemberFirms.Count > 0 ? string.Join(Texts.Get(", "), pack.MemberFirms) : Texts.Get("none")),
        (Texts.Get("Award"), MoneyText.Pkr(pack.AwardedPkr)),
        (Texts.Get("Milestone"), pack.Milestone.DisplayName()),
        (Texts.Get("Reached"), Texts.Format("{0} of {1} needed", Number(pack.Count), Number(pack.Threshold))),
        (Texts.Get("Tranche"), Texts.Format("{0} of the award", Texts.PlainPercent(pack.Percent))),
        (Texts.Get("Amount claimed"), MoneyText.Pkr(pack.ClaimedPkr)),
        (Texts.Get("Claim status"), pack.Status.DisplayName()),
    ];

    private static IReadOnlyList<string> ValueLines(string value) => TextLines.Wrap(value, Right - ValueLeft, ValueSize, bold: true, Texts.InUrdu);

    /// <summary>Where the trainees' table starts under the summary: lower when a long value (the member firms) wraps.</summary>
    private float SummaryBottom() => FirstTableTop + Summary().Sum(pair => (ValueLines(pair.Value).Count - 1) * Pitch(ValueSize));

    /// <returns>Where the trainees' table starts.</returns>
    private float DrawSummary(ReportCanvas canvas)
    {
        canvas.Text(Texts.Get("GRANT TRANCHE CLAIM"), Margin, 58, 8, Gold, bold: true);
        canvas.Text(pack.Title, Margin, 80, 17, Navy, bold: true, maxWidth: Right - Margin);
        canvas.Text(Texts.Format("{0} · {1} – {2} · as of {3}", pack.Code, MoneyText.Day(pack.StartDate), MoneyText.Day(pack.EndDate), Cohorts.CohortTime.Format(pack.GeneratedAtUtc, pack.TimeZoneId)),
            Margin, 97, 9, Grey, maxWidth: Right - Margin);
        canvas.Line(Margin, 108, Right, 108, Gold, 0.8f);
        var y = 128f;
        foreach (var (label, value) in Summary())
        {
            canvas.Text(label, Margin, y, 9, Grey);
            var lines = ValueLines(value);
            for (var l = 0; l < lines.Count; l++)
                canvas.Text(lines[l], ValueLeft, y + l * Pitch(ValueSize), ValueSize, Ink, bold: true, maxWidth: Right - ValueLeft);
            y += (lines.Count - 1) * Pitch(ValueSize);
            canvas.Line(Margin, y + RuleBelow, Right, y + RuleBelow, Rule, 0.4f);
            y += Row;
        }
        y += 14;
        canvas.Text(Texts.Format("Trainees behind the milestone ({0})", Number(pack.Trainees.Count)), Margin, y, 11, Navy, bold: true);
        return y + 20;
    }

    private void DrawTrainees(ReportCanvas canvas, IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> rows, float top)
    {
        var table = Trainees();
        var columns = table.Columns;
        void Cells(IReadOnlyList<IReadOnlyList<string>> row, float y, SKColor color, bool bold)
        {
            for (var c = 0; c < row.Count; c++)
                for (var l = 0; l < row[c].Count; l++)
                    canvas.Text(row[c][l], columns[c], y + l * Pitch(CellSize), CellSize, color, bold, maxWidth: columns[c + 1] - columns[c] - 4);
        }
        Cells(table.Header, top, Grey, bold: true);
        var y = top + Height(table.Header) - Row;
        canvas.Line(Margin, y + RuleBelow, Right, y + RuleBelow, Navy, 0.6f);
        y += Row;
        if (rows.Count == 0 && top > 60) canvas.Text(Texts.Get("Nobody has reached this milestone."), Margin, y, 9, Grey);
        foreach (var row in rows)
        {
            Cells(row, y, Ink, bold: false);
            y += Height(row) - Row;
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

    private void DrawFooter(ReportCanvas canvas, int page, int pages)
    {
        // Urdu sits lower under the rule: a milestone's tall letters, kept readable, reach higher than a Latin line.
        var baseline = Texts.InUrdu ? PageHeight - 24 : PageHeight - 28;
        canvas.Line(Margin, PageHeight - 40, Right, PageHeight - 40, Rule, 0.5f);
        canvas.Text($"{pack.Code} · {pack.Funder} · {pack.Milestone.DisplayName()}", Margin, baseline, 7, Grey, maxWidth: Right - Margin - 60);
        canvas.Text(Texts.Format("Page {0} of {1}", page, pages), Right, baseline, 7, Grey, align: SKTextAlign.Right);
    }

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
