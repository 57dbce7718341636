using System.Globalization;
using QRCoder;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace TrainingCenter.Certificates;

/// <summary>
/// Draws a certificate from its frozen <see cref="CertificateSnapshot"/> as a one-page landscape A4 PDF, its headings and
/// labels in the snapshot's <see cref="CertificateLanguage"/> (with both, each in English and Urdu side by side).
/// Text is shaped with HarfBuzz, so Urdu comes out joined, right to left and in Nastaliq; each line is kept to its band
/// by its ink, so Nastaliq's tall letters never run into the line above or below. The QR code opening the
/// verification page is drawn as vector squares.
/// </summary>
public sealed class CertificateDocument
{
    /// <summary>A4 landscape, in PDF points.</summary>
    public const float PageWidth = 842;
    public const float PageHeight = 595;

    private const float SponsorsLeft = 70;
    private const float SponsorsRight = PageWidth - 70;
    private const float SponsorsTop = 350;
    private const float SponsorsBottom = 454;
    private const float CellPadding = 4;
    private const float CenterLogoWidth = 140;
    private const float CenterLogoHeight = 38;
    private const float LogoGap = 3;

    private static readonly SKColor Navy = new(0x1B, 0x2F, 0x4B);
    private static readonly SKColor Gold = new(0xB0, 0x8D, 0x3C);
    private static readonly SKColor Grey = new(0x5A, 0x62, 0x70);
    private static readonly SKColor Ink = new(0x22, 0x22, 0x22);
    private static readonly SKSamplingOptions Smooth = new(SKFilterMode.Linear, SKMipmapMode.Linear);

    /// <summary>How far above and below its baseline a line's ink may reach, as a share of its size.</summary>
    private const float InkAbove = 1.0f;
    private const float InkBelow = 0.4f;

    private static readonly Label Title = new("Certificate of Completion", "سندِ تکمیل");
    private static readonly Label Certifies = new("This is to certify that", "تصدیق کی جاتی ہے کہ");
    private static readonly Label Completed = new("has successfully completed", "نے یہ تربیت کامیابی سے مکمل کی");
    private static readonly Label TrackLabel = new("TRACK", "شعبہ");
    private static readonly Label CentreLabel = new("CENTRE", "مرکز");
    private static readonly Label DatesLabel = new("DATES", "تاریخیں");
    private static readonly Label AttendanceLabel = new("ATTENDANCE", "حاضری");
    private static readonly Label IssuedLabel = new("ISSUED", "تاریخِ اجرا");
    private static readonly Label Sponsored = new("Jointly sponsored by", "مشترکہ اسپانسر");
    private static readonly Label SerialLabel = new("Serial number", "سیریل نمبر");
    private static readonly Label CodeLabel = new("Verification code", "تصدیقی کوڈ");
    private static readonly Label ScanLabel = new("Scan the code or visit", "کوڈ اسکین کریں یا یہ پتا کھولیں");

    private readonly CertificateSnapshot snapshot;
    private readonly List<(string Text, SKRect Ink)> drawn = [];

    public CertificateDocument(CertificateSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.Sponsors.Count is < 1 or > CertificateSnapshot.MaxSponsors)
        {
            throw new ArgumentException($"A certificate names 1 to {CertificateSnapshot.MaxSponsors} sponsor firms, not {snapshot.Sponsors.Count}.", nameof(snapshot));
        }
        if (snapshot.Signatories.Count > CertificateSnapshot.MaxSignatories)
        {
            throw new ArgumentException($"A certificate has at most {CertificateSnapshot.MaxSignatories} signatories, not {snapshot.Signatories.Count}.", nameof(snapshot));
        }
        this.snapshot = snapshot;
    }

    private int SponsorRows => snapshot.Sponsors.Count <= 4 ? 1 : 2;

    private int SponsorColumns => (snapshot.Sponsors.Count + SponsorRows - 1) / SponsorRows;

    private float SponsorCellWidth => (SponsorsRight - SponsorsLeft) / SponsorColumns;

    private float LargestSponsorLogoHeight => SponsorRows == 1 ? 52 : 30;

    public byte[] ToPdf()
    {
        using var output = new MemoryStream();
        WritePdf(output);
        return output.ToArray();
    }

    public void WritePdf(Stream output)
    {
        // Dated by the issue date rather than the clock, so the same snapshot always gives the same bytes.
        var issued = snapshot.IssuedOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var metadata = new SKDocumentPdfMetadata
        {
            // The reader's title bar names the certificate in its language: "سندِ تکمیل TC-2027-SE-000123" in Urdu.
            Title = $"{string.Join(" / ", Say(Title))} {snapshot.Serial}",
            Creator = snapshot.CenterName,
            Creation = issued,
            Modified = issued,
        };
        using var document = SKDocument.CreatePdf(output, metadata);
        var canvas = document.BeginPage(PageWidth, PageHeight);
        Draw(canvas);
        document.EndPage();
        document.Close();
    }

    /// <summary>Every piece of text the page prints, with where its ink lands, in points, in the order drawn.</summary>
    public IReadOnlyList<(string Text, SKRect Ink)> TextInk()
    {
        using var recorder = new SKPictureRecorder();
        var canvas = recorder.BeginRecording(new SKRect(0, 0, PageWidth, PageHeight));
        drawn.Clear();
        Draw(canvas);
        using var picture = recorder.EndRecording();
        return [.. drawn];
    }

    /// <summary>Where each sponsor firm's logo and name land on the page, in points, in the snapshot's order.</summary>
    public IReadOnlyList<SKRect> SponsorBounds()
    {
        var logos = LoadSponsorLogos();
        try
        {
            return LayOutSponsors(logos).Select(cell => cell.Bounds).ToList();
        }
        finally
        {
            foreach (var logo in logos) logo?.Dispose();
        }
    }

    private void Draw(SKCanvas canvas)
    {
        using var paint = new SKPaint { IsAntialias = true };
        DrawFrame(canvas, paint);

        if (snapshot.CenterLogoPng is { } centerLogoPng
            && CertificateLogos.Load(centerLogoPng, CenterLogoWidth, CenterLogoHeight) is { } centerLogo)
        {
            using (centerLogo)
            {
                DrawImage(canvas, centerLogo, Fit(centerLogo, PageWidth / 2, 36, CenterLogoWidth, CenterLogoHeight));
            }
        }
        DrawText(canvas, paint, snapshot.CenterName, PageWidth / 2, 90, 12.5f, bold: true, Navy, maxWidth: 600);

        DrawText(canvas, paint, Say(Title), PageWidth / 2, 132, 32, bold: true, Navy, maxWidth: 700);
        DrawRule(canvas, paint, PageWidth / 2 - 50, PageWidth / 2 + 50, 145, Gold, 1.2f);
        DrawText(canvas, paint, Say(Certifies), PageWidth / 2, 170, 11.5f, bold: false, Grey);
        // The name may reach down to just above its rule.
        DrawText(canvas, paint, [snapshot.TraineeName], PageWidth / 2, 214, 32, bold: true, Ink, maxWidth: 680, below: 15f / 32);
        DrawRule(canvas, paint, PageWidth / 2 - 220, PageWidth / 2 + 220, 230, Gold, 0.8f);
        DrawText(canvas, paint, Say(Completed), PageWidth / 2, 252, 11.5f, bold: false, Grey);
        DrawText(canvas, paint, snapshot.CohortTitle, PageWidth / 2, 274, 15, bold: true, Navy, maxWidth: 680);
        DrawFacts(canvas, paint);

        DrawText(canvas, paint, Say(Sponsored), PageWidth / 2, 340, 10, bold: false, Grey);
        DrawSponsors(canvas, paint);

        DrawSignatories(canvas, paint);
        DrawVerification(canvas, paint);
    }

    private static void DrawFrame(SKCanvas canvas, SKPaint paint)
    {
        paint.Style = SKPaintStyle.Stroke;
        paint.Color = Navy;
        paint.StrokeWidth = 2.5f;
        canvas.DrawRect(new SKRect(16, 16, PageWidth - 16, PageHeight - 16), paint);
        paint.Color = Gold;
        paint.StrokeWidth = 0.75f;
        canvas.DrawRect(new SKRect(22, 22, PageWidth - 22, PageHeight - 22), paint);
        paint.Style = SKPaintStyle.Fill;
    }

    private void DrawFacts(SKCanvas canvas, SKPaint paint)
    {
        // Nastaliq has no en dash: Urdu dates read "from … to …" with تا.
        var dates = snapshot.Language == CertificateLanguage.Urdu
            ? $"{FormatDate(snapshot.StartDate)} تا {FormatDate(snapshot.EndDate)}"
            : $"{FormatDate(snapshot.StartDate)} – {FormatDate(snapshot.EndDate)}";
        (Label Label, string Value)[] facts =
        [
            (TrackLabel, snapshot.TrackName),
            .. snapshot.Centre is { } centre ? [(CentreLabel, centre)] : Array.Empty<(Label, string)>(),
            (DatesLabel, dates),
            (AttendanceLabel, Texts.PlainPercent(snapshot.AttendancePercent)),
            (IssuedLabel, FormatDate(snapshot.IssuedOn)),
        ];
        // Five facts (with the centre) share the width four had, so the row stays inside the frame.
        var columnWidth = facts.Length > 4 ? 150f : 170f;
        var left = PageWidth / 2 - columnWidth * facts.Length / 2;
        for (var i = 0; i < facts.Length; i++)
        {
            var x = left + columnWidth * (i + 0.5f);
            DrawText(canvas, paint, Say(facts[i].Label), x, 300, 7.5f, bold: true, Gold, maxWidth: columnWidth - 12);
            DrawText(canvas, paint, facts[i].Value, x, 315, 11, bold: false, Ink, maxWidth: columnWidth - 12);
        }
    }

    private void DrawSponsors(SKCanvas canvas, SKPaint paint)
    {
        var logos = LoadSponsorLogos();
        try
        {
            foreach (var cell in LayOutSponsors(logos))
            {
                if (cell.Logo is { } logo) DrawImage(canvas, logo, cell.LogoRect);
                for (var line = 0; line < cell.Lines.Length; line++)
                {
                    DrawText(canvas, paint, cell.Lines[line], cell.CenterX, cell.Baselines[line], cell.FontSize, bold: false, Navy);
                }
            }
        }
        finally
        {
            foreach (var logo in logos) logo?.Dispose();
        }
    }

    /// <summary>
    /// Up to four firms share one row, more wrap into two; each firm gets an equal cell with its logo above its
    /// name, the name shrunk (and, if long, broken onto two lines) to fit the cell, so nothing can overlap.
    /// </summary>
    private List<SponsorCell> LayOutSponsors(IReadOnlyList<SKImage?> logos)
    {
        var sponsors = snapshot.Sponsors;
        var rows = SponsorRows;
        var columns = SponsorColumns;
        var cellWidth = SponsorCellWidth;
        var cellHeight = (SponsorsBottom - SponsorsTop) / rows;
        var anyLogo = logos.Any(logo => logo is not null);
        var largestName = anyLogo ? rows == 1 ? 11f : 9f : rows == 1 ? 12f : 10.5f;
        var textWidth = cellWidth - 2 * CellPadding;

        var cells = new List<SponsorCell>(sponsors.Count);
        for (var i = 0; i < sponsors.Count; i++)
        {
            var row = i / columns;
            var inRow = Math.Min(columns, sponsors.Count - row * columns);
            var rowLeft = (SponsorsLeft + SponsorsRight) / 2 - inRow * cellWidth / 2;
            var cell = new SKRect(
                rowLeft + (i % columns) * cellWidth, SponsorsTop + row * cellHeight,
                rowLeft + (i % columns + 1) * cellWidth, SponsorsTop + (row + 1) * cellHeight);
            cell.Inflate(-CellPadding, -CellPadding);

            var name = sponsors[i].Name.Trim();
            var (lines, size) = BreakName(name, largestName, textWidth);
            var metrics = Metrics(name, bold: false, size);
            var lineHeight = metrics.Descent - metrics.Ascent;
            var nameHeight = lines.Length * lineHeight;

            var logo = logos[i];
            var logoHeight = anyLogo ? Math.Min(LargestSponsorLogoHeight, cell.Height - nameHeight - LogoGap) : 0;
            var blockTop = cell.MidY - (nameHeight + (anyLogo ? logoHeight + LogoGap : 0)) / 2;
            var logoRect = logo is null ? SKRect.Empty : Fit(logo, cell.MidX, blockTop, textWidth, logoHeight);
            var nameTop = blockTop + (anyLogo ? logoHeight + LogoGap : 0);
            var baselines = Enumerable.Range(0, lines.Length).Select(line => nameTop + line * lineHeight - metrics.Ascent).ToArray();

            var widest = lines.Max(line => Width(line, bold: false, size));
            var bounds = new SKRect(cell.MidX - widest / 2, nameTop, cell.MidX + widest / 2, nameTop + nameHeight);
            if (logo is not null) bounds.Union(logoRect);
            cells.Add(new SponsorCell(logo, logoRect, lines, size, cell.MidX, baselines, bounds));
        }
        return cells;
    }

    /// <summary>The name on one line at the largest size that fits; on two lines when one would get too small.</summary>
    private static (string[] Lines, float Size) BreakName(string name, float largest, float width)
    {
        const float smallestOnOneLine = 7.5f;
        var oneLine = FitSize(name, bold: false, largest, width);
        if (oneLine >= smallestOnOneLine || !name.Contains(' ')) return ([name], oneLine);

        (string[] Lines, float Size) best = ([name], oneLine);
        for (var space = name.IndexOf(' '); space >= 0; space = name.IndexOf(' ', space + 1))
        {
            string[] lines = [name[..space].TrimEnd(), name[(space + 1)..].TrimStart()];
            var size = lines.Min(line => FitSize(line, bold: false, largest, width));
            if (size > best.Size) best = (lines, size);
        }
        return best;
    }

    private void DrawSignatories(SKCanvas canvas, SKPaint paint)
    {
        const float left = 60;
        const float right = 440;
        var count = snapshot.Signatories.Count;
        for (var i = 0; i < count; i++)
        {
            var columnWidth = (right - left) / count;
            var x = left + columnWidth * (i + 0.5f);
            var half = Math.Min(85, columnWidth / 2 - 10);
            DrawRule(canvas, paint, x - half, x + half, 506, Ink, 0.6f);
            var signatory = snapshot.Signatories[i];
            DrawText(canvas, paint, signatory.Name, x, 520, 10, bold: true, Ink, maxWidth: 2 * half);
            DrawText(canvas, paint, signatory.Title, x, 533, 8.5f, bold: false, Grey, maxWidth: 2 * half);
        }
    }

    private void DrawVerification(SKCanvas canvas, SKPaint paint)
    {
        const float qrSize = 84;
        var qr = new SKRect(PageWidth - 52 - qrSize, 464, PageWidth - 52, 464 + qrSize);
        DrawQrCode(canvas, paint, snapshot.VerificationUrl, qr);

        var right = qr.Left - 10;
        DrawText(canvas, paint, Say(SerialLabel), right, 478, 7.5f, bold: false, Grey, maxWidth: right - 460, align: SKTextAlign.Right);
        DrawText(canvas, paint, snapshot.Serial, right, 491, 10.5f, bold: true, Ink, align: SKTextAlign.Right);
        DrawText(canvas, paint, Say(CodeLabel), right, 507, 7.5f, bold: false, Grey, maxWidth: right - 460, align: SKTextAlign.Right);
        DrawText(canvas, paint, snapshot.VerificationCode, right, 520, 10.5f, bold: true, Ink, align: SKTextAlign.Right);
        DrawText(canvas, paint, Say(ScanLabel), right, 536, 7.5f, bold: false, Grey, maxWidth: right - 460, align: SKTextAlign.Right);
        DrawText(canvas, paint, snapshot.VerificationUrl, right, 546, 7.5f, bold: false, Navy, maxWidth: right - 460, align: SKTextAlign.Right);
    }

    /// <summary>The QR code's dark modules as one path of squares: sharp at any zoom, a few hundred bytes.</summary>
    private static void DrawQrCode(SKCanvas canvas, SKPaint paint, string payload, SKRect box)
    {
        using var data = QRCodeGenerator.GenerateQrCode(payload, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var module = box.Width / matrix.Count;
        using var path = new SKPathBuilder();
        for (var y = 0; y < matrix.Count; y++)
        {
            var row = matrix[y];
            for (var x = 0; x < row.Length; x++)
            {
                if (!row[x]) continue;
                var start = x;
                while (x + 1 < row.Length && row[x + 1]) x++;
                path.AddRect(new SKRect(box.Left + start * module, box.Top + y * module, box.Left + (x + 1) * module, box.Top + (y + 1) * module), SKPathDirection.Clockwise);
            }
        }
        paint.Color = SKColors.Black;
        paint.IsAntialias = false;
        using var squares = path.Detach();
        canvas.DrawPath(squares, paint);
        paint.IsAntialias = true;
    }

    private void DrawText(
        SKCanvas canvas, SKPaint paint, string text, float x, float baseline, float size, bool bold, SKColor color,
        float maxWidth = float.PositiveInfinity, SKTextAlign align = SKTextAlign.Center) =>
        DrawText(canvas, paint, [text], x, baseline, size, bold, color, maxWidth, align);

    /// <summary>
    /// Draws the runs side by side on one line (an English and an Urdu heading), all at one size: the largest at which
    /// each run's ink stays within <paramref name="above"/> and <paramref name="below"/> times the size around the
    /// baseline, and the line within <paramref name="maxWidth"/>.
    /// </summary>
    private void DrawText(
        SKCanvas canvas, SKPaint paint, IReadOnlyList<string> runs, float x, float baseline, float size, bool bold, SKColor color,
        float maxWidth = float.PositiveInfinity, SKTextAlign align = SKTextAlign.Center, float above = InkAbove, float below = InkBelow)
    {
        var shown = runs.Where(run => !string.IsNullOrWhiteSpace(run)).ToList();
        if (shown.Count == 0) return;
        var fitted = shown.Min(run => ShapedText.SizeWithinBand(run, bold, size, above * size, below * size));
        var gap = fitted * 0.8f;
        var total = shown.Sum(run => ShapedText.Width(run, fitted, bold)) + gap * (shown.Count - 1);
        if (total > maxWidth)
        {
            fitted *= maxWidth / total;
            gap *= maxWidth / total;
            total = maxWidth;
        }
        var left = align switch { SKTextAlign.Center => x - total / 2, SKTextAlign.Right => x - total, _ => x };
        paint.Color = color;
        foreach (var run in shown)
        {
            var width = ShapedText.Draw(canvas, paint, run, left, baseline, fitted, bold);
            var ink = ShapedText.Ink(run, fitted, bold);
            ink.Offset(left, baseline);
            drawn.Add((run, ink));
            left += width + gap;
        }
    }

    /// <summary>A heading or label in the certificate's language; with both, English then Urdu.</summary>
    private IReadOnlyList<string> Say(Label label) => snapshot.Language switch
    {
        CertificateLanguage.Urdu => [label.Urdu],
        CertificateLanguage.Both => [label.English, label.Urdu],
        _ => [label.English],
    };

    private static void DrawRule(SKCanvas canvas, SKPaint paint, float left, float right, float y, SKColor color, float width)
    {
        paint.Color = color;
        paint.StrokeWidth = width;
        canvas.DrawLine(left, y, right, y, paint);
    }

    private static void DrawImage(SKCanvas canvas, SKImage image, SKRect rect) => canvas.DrawImage(image, rect, Smooth);

    private static float FitSize(string text, bool bold, float size, float maxWidth)
    {
        if (float.IsPositiveInfinity(maxWidth)) return size;
        var width = Width(text, bold, size);
        return width <= maxWidth ? size : size * maxWidth / width;
    }

    private static float Width(string text, bool bold, float size) => ShapedText.Width(text, size, bold);

    private static SKFontMetrics Metrics(string text, bool bold, float size)
    {
        using var font = Font(CertificateFonts.For(text, bold), size);
        return font.Metrics;
    }

    private static SKFont Font(SKShaper shaper, float size) => ShapedText.Font(shaper.Typeface, size);

    /// <summary>The image scaled to fit a box of the given size whose top edge is centred on (centerX, top).</summary>
    private static SKRect Fit(SKImage image, float centerX, float top, float maxWidth, float maxHeight)
    {
        var scale = Math.Min(maxWidth / image.Width, maxHeight / image.Height);
        var width = image.Width * scale;
        var height = image.Height * scale;
        var y = top + (maxHeight - height) / 2;
        return new SKRect(centerX - width / 2, y, centerX + width / 2, y + height);
    }

    private List<SKImage?> LoadSponsorLogos() => snapshot.Sponsors
        .Select(sponsor => sponsor.LogoPng is { } png
            ? CertificateLogos.Load(png, SponsorCellWidth - 2 * CellPadding, LargestSponsorLogoHeight)
            : null)
        .ToList();

    /// <summary>In Urdu month names on an Urdu certificate; in English otherwise.</summary>
    private string FormatDate(DateOnly date) => date.ToString("d MMMM yyyy",
        snapshot.Language == CertificateLanguage.Urdu ? CultureInfo.GetCultureInfo("ur-PK") : CultureInfo.InvariantCulture);

    private sealed record Label(string English, string Urdu);

    private sealed record SponsorCell(
        SKImage? Logo, SKRect LogoRect, string[] Lines, float FontSize, float CenterX, float[] Baselines, SKRect Bounds);
}
