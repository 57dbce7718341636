using System.Text;
using SkiaSharp;
using TrainingCenter.Certificates;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace TrainingCenter.Tests.Certificates;

public sealed class CertificateDocumentTests
{
    [Fact]
    public void The_certificate_is_one_landscape_A4_page()
    {
        using var pdf = PdfDocument.Open(new CertificateDocument(CertificateSamples.Create()).ToPdf());

        var page = Assert.Single(pdf.GetPages());
        Assert.Equal(842, page.Width, 0.5);
        Assert.Equal(595, page.Height, 0.5);
        Assert.Equal(0, page.Rotation.Value);
    }

    [Fact]
    public void A_certificate_names_its_centre_and_city_among_the_facts_and_one_issued_before_centres_names_none()
    {
        var sample = CertificateSamples.Create();

        var withCentre = Squeezed(PageOf(new CertificateDocument(sample with { CentreName = "Karachi Centre", CentreCity = "Karachi" }).ToPdf()).Text);
        var before = Squeezed(PageOf(new CertificateDocument(sample).ToPdf()).Text);

        Assert.Contains("CENTREKarachiCentre,Karachi", withCentre);
        Assert.Contains("1March2027–30June2027", withCentre);
        Assert.DoesNotContain("CENTRE", before);
        Assert.Equal("Karachi Centre, Karachi", (sample with { CentreName = "Karachi Centre", CentreCity = "Karachi" }).Centre);
        Assert.Null(sample.Centre);
    }

    [Theory]
    [InlineData(CertificateSamples.LatinName, 1)]
    [InlineData("Zoë Łukasiewicz-Müller", 3)]
    [InlineData(CertificateSamples.LatinName, 8)]
    public void A_latin_certificate_says_the_name_serial_code_and_every_sponsor_firm(string traineeName, int sponsors)
    {
        var snapshot = CertificateSamples.Create(traineeName, sponsors);

        var text = Squeezed(PageOf(new CertificateDocument(snapshot).ToPdf()).Text);

        Assert.Contains(Squeezed("Certificate of Completion"), text);
        Assert.Contains(Squeezed(traineeName), text);
        Assert.Contains(Squeezed(snapshot.CohortTitle), text);
        Assert.Contains(Squeezed(snapshot.TrackName), text);
        Assert.Contains("1March2027–30June2027", text);
        Assert.Contains("87.5%", text);
        Assert.Contains(Squeezed("Jointly sponsored by"), text);
        Assert.All(snapshot.Sponsors, sponsor => Assert.Contains(Squeezed(sponsor.Name), text));
        Assert.All(snapshot.Signatories, signatory => Assert.Contains(Squeezed(signatory.Name), text));
        Assert.Contains(snapshot.Serial, text);
        Assert.Contains(snapshot.VerificationCode, text);
        Assert.Contains(snapshot.VerificationUrl, text);
    }

    [Fact]
    public void An_urdu_name_is_drawn_in_the_embedded_nastaliq_font_and_reads_back_as_its_letters()
    {
        var page = PageOf(new CertificateDocument(CertificateSamples.Create(CertificateSamples.UrduName)).ToPdf());

        var urdu = page.Letters.Where(letter => letter.FontName?.Contains("NotoNastaliqUrdu") == true).ToList();
        Assert.NotEmpty(urdu);
        // Each glyph carries a letter it was shaped from, so the PDF stays searchable. Nastaliq joins some letters into
        // one glyph, which reads back as one of them: most of the name's letters, not all, come back out.
        var read = string.Concat(urdu.Select(letter => letter.Value)).Normalize(NormalizationForm.FormKC);
        var letters = CertificateSamples.UrduName.Where(c => !char.IsWhiteSpace(c)).ToList();
        Assert.InRange(letters.Count(read.Contains), letters.Count * 0.8, letters.Count);
        // Nastaliq's extra glyphs (a dot, a joining stroke) map to no letter of their own; every other letter reads back.
        Assert.DoesNotContain(page.Letters.Except(urdu), letter => letter.Value.Contains('\0'));
    }

    [Fact]
    public async Task The_urdu_name_shows_on_the_rendered_page()
    {
        var pdftoppm = ExternalTool.Require("pdftoppm", "poppler-utils");
        var snapshot = CertificateSamples.Create(CertificateSamples.UrduName);
        var directory = Directory.CreateTempSubdirectory("certificate-");
        try
        {
            var pdf = Path.Combine(directory.FullName, "certificate.pdf");
            await File.WriteAllBytesAsync(pdf, new CertificateDocument(snapshot).ToPdf(), TestContext.Current.CancellationToken);

            var (exitCode, output) = await ExternalTool.RunAsync(pdftoppm, "-r", "72", "-png", "-singlefile", pdf, Path.Combine(directory.FullName, "page"));

            Assert.True(exitCode == 0, output);
            using var page = SKBitmap.Decode(Path.Combine(directory.FullName, "page.png"));
            Assert.Equal((842, 595), (page.Width, page.Height));
            // At 72 dpi a pixel is a point: the name's line sits between "This is to certify that" and its rule.
            var inked = InkedFraction(page, new SKRectI(120, 180, 722, 226));
            Assert.InRange(inked, 0.03, 0.6);
            Assert.True(InkedFraction(page, new SKRectI(30, 180, 110, 226)) < 0.001, "The name should be centred, not run off to the left.");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData(CertificateSamples.LatinName, 1)]
    [InlineData(CertificateSamples.UrduName, 8)]
    public async Task A_certificate_passes_qpdf_check(string traineeName, int sponsors)
    {
        var qpdf = ExternalTool.Require("qpdf", "qpdf");
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllBytesAsync(
                file, new CertificateDocument(CertificateSamples.Create(traineeName, sponsors)).ToPdf(), TestContext.Current.CancellationToken);

            var (exitCode, output) = await ExternalTool.RunAsync(qpdf, "--check", file);

            Assert.True(exitCode == 0, output);
            Assert.Contains("No syntax or stream encoding errors found", output);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(3, true)]
    [InlineData(4, false)]
    [InlineData(5, true)]
    [InlineData(8, true)]
    [InlineData(8, false)]
    public void Sponsor_firms_never_overlap_and_each_name_is_drawn_inside_its_own_box(int sponsors, bool logos)
    {
        var snapshot = CertificateSamples.Create(sponsorCount: sponsors, logos: logos);
        var document = new CertificateDocument(snapshot);

        var boxes = document.SponsorBounds();

        Assert.Equal(sponsors, boxes.Count);
        for (var i = 0; i < boxes.Count; i++)
        {
            Assert.True(boxes[i].Width > 0 && boxes[i].Height > 0);
            Assert.True(boxes[i].Left >= 40 && boxes[i].Right <= CertificateDocument.PageWidth - 40, $"Firm {i} leaves the page: {boxes[i]}");
            for (var j = i + 1; j < boxes.Count; j++)
            {
                Assert.False(Overlap(boxes[i], boxes[j]), $"Firm {i} {boxes[i]} overlaps firm {j} {boxes[j]}");
            }
        }
        var band = new SKRect(boxes.Min(b => b.Left), boxes.Min(b => b.Top), boxes.Max(b => b.Right), boxes.Max(b => b.Bottom));
        var letters = PageOf(document.ToPdf()).Letters.Where(letter => !string.IsNullOrWhiteSpace(letter.Value)).ToList();
        for (var i = 0; i < boxes.Count; i++)
        {
            var inside = letters.Where(letter => boxes[i].Contains(Center(letter)));
            Assert.Equal(Squeezed(snapshot.Sponsors[i].Name), string.Concat(inside.Select(letter => letter.Value)));
        }
        Assert.All(
            letters.Where(letter => band.Contains(Center(letter))),
            letter => Assert.Single(boxes, box => box.Contains(Center(letter))));
    }

    [Fact]
    public void A_name_too_long_for_the_line_is_shrunk_to_fit_the_page()
    {
        const string name = "Muhammad Abdul Rehman Siddiqui Qureshi Chaudhry Awan Malik Butt Rajput Khan";

        var page = PageOf(new CertificateDocument(CertificateSamples.Create(name)).ToPdf());

        // The name's line: between "This is to certify that" (baseline 170) and the rule under the name (230).
        var letters = page.Letters.Where(letter => Center(letter).Y is > 175 and < 230).ToList();
        Assert.Equal(Squeezed(name), Squeezed(string.Concat(letters.Select(letter => letter.Value))));
        Assert.All(letters, letter => Assert.InRange(letter.BoundingBox.Left, 60, CertificateDocument.PageWidth - 60));
        Assert.All(letters, letter => Assert.InRange(letter.BoundingBox.Right, 60, CertificateDocument.PageWidth - 60));
    }

    [Fact]
    public void The_same_snapshot_always_gives_the_same_bytes()
    {
        var snapshot = CertificateSamples.Create(CertificateSamples.UrduName, sponsorCount: 5);

        Assert.Equal(new CertificateDocument(snapshot).ToPdf(), new CertificateDocument(CertificateSnapshot.FromJson(snapshot.ToJson())).ToPdf());
    }

    [Fact]
    public void Certificates_drawn_at_once_on_several_threads_come_out_the_same_as_one_at_a_time()
    {
        var snapshots = new[] { CertificateSamples.Create(sponsorCount: 8), CertificateSamples.Create(CertificateSamples.UrduName, 4) };
        var expected = snapshots.Select(snapshot => new CertificateDocument(snapshot).ToPdf()).ToArray();

        var drawn = new byte[32][];
        Parallel.For(0, drawn.Length, i => drawn[i] = new CertificateDocument(snapshots[i % 2]).ToPdf());

        Assert.All(Enumerable.Range(0, drawn.Length), i => Assert.Equal(expected[i % 2], drawn[i]));
    }

    [Fact]
    public void A_logo_that_is_not_an_image_is_left_out_and_the_firm_still_named()
    {
        var snapshot = CertificateSamples.Create(sponsorCount: 2) with
        {
            Sponsors = [new("Indus Code Works (Pvt) Ltd", [1, 2, 3]), new("Ravi Digital Solutions", CertificateSamples.Logo(1))],
            CenterLogoPng = Encoding.UTF8.GetBytes("not a png"),
        };

        var text = Squeezed(PageOf(new CertificateDocument(snapshot).ToPdf()).Text);

        Assert.Contains(Squeezed("Indus Code Works (Pvt) Ltd"), text);
        Assert.Contains(Squeezed("Ravi Digital Solutions"), text);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    public void A_certificate_names_one_to_eight_sponsor_firms(int sponsors) =>
        Assert.Throws<ArgumentException>(() => new CertificateDocument(CertificateSamples.Create(sponsorCount: sponsors)));

    private static Page PageOf(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPage(1);
    }

    /// <summary>Text without whitespace: separately drawn lines come back from the PDF without spaces between them.</summary>
    private static string Squeezed(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>A letter's centre in page coordinates measured from the top, as the document lays out.</summary>
    private static SKPoint Center(Letter letter) => new(
        (float)(letter.BoundingBox.Left + letter.BoundingBox.Right) / 2,
        CertificateDocument.PageHeight - (float)(letter.BoundingBox.Top + letter.BoundingBox.Bottom) / 2);

    private static bool Overlap(SKRect a, SKRect b) => a.Left < b.Right && b.Left < a.Right && a.Top < b.Bottom && b.Top < a.Bottom;

    private static double InkedFraction(SKBitmap page, SKRectI region)
    {
        var inked = 0;
        for (var y = region.Top; y < region.Bottom; y++)
        {
            for (var x = region.Left; x < region.Right; x++)
            {
                var pixel = page.GetPixel(x, y);
                if (pixel.Red + pixel.Green + pixel.Blue < 3 * 128) inked++;
            }
        }
        return (double)inked / (region.Width * region.Height);
    }
}
