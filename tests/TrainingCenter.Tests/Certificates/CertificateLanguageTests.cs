using SkiaSharp;
using TrainingCenter.Certificates;
using UglyToad.PdfPig;

namespace TrainingCenter.Tests.Certificates;

/// <summary>Certificates print their headings in the cohort's language, Urdu in Nastaliq, and no line's ink touches another's.</summary>
public sealed class CertificateLanguageTests
{
    /// <summary>A long name with Nastaliq's tallest and deepest letters (ک، گ، ل and the descending ی، ے، ں).</summary>
    private const string LongUrduName = "محمد عبدالغفور کمال الدین گیلانی چوہدری لکھنوی";

    /// <summary>Inside the inner gold frame.</summary>
    private static readonly SKRect Frame = new(22, 22, CertificateDocument.PageWidth - 22, CertificateDocument.PageHeight - 22);

    public static TheoryData<CertificateLanguage, string> Cases() => new()
    {
        { CertificateLanguage.English, CertificateSamples.LatinName },
        { CertificateLanguage.English, LongUrduName },
        { CertificateLanguage.Urdu, LongUrduName },
        { CertificateLanguage.Urdu, CertificateSamples.LatinName },
        { CertificateLanguage.Both, LongUrduName },
    };

    [Theory, MemberData(nameof(Cases))]
    public void No_line_of_text_touches_another_or_leaves_the_frame(CertificateLanguage language, string name)
    {
        var snapshot = CertificateSamples.Create(name, sponsorCount: 8) with { Language = language, CentreName = "لاہور مرکز", CentreCity = "لاہور" };

        var ink = new CertificateDocument(snapshot).TextInk();

        Assert.All(ink, t => Assert.True(Frame.Contains(t.Ink), $"\"{t.Text}\" at {t.Ink} leaves the frame."));
        for (var i = 0; i < ink.Count; i++)
            for (var j = i + 1; j < ink.Count; j++)
                Assert.False(ink[i].Ink.IntersectsWith(ink[j].Ink), $"\"{ink[i].Text}\" {ink[i].Ink} touches \"{ink[j].Text}\" {ink[j].Ink}.");
        var drawnName = Assert.Single(ink, t => t.Text == name).Ink;
        // Between "This is to certify that" and the rule under the name, and still large enough to read as the heading it is.
        Assert.InRange(drawnName.Top, 176, 230);
        Assert.InRange(drawnName.Bottom, 176, 230);
        Assert.True(drawnName.Height > 20, $"The name's ink is only {drawnName.Height} points tall.");
    }

    [Fact]
    public void An_urdu_certificate_has_urdu_headings_and_dates_in_nastaliq_and_no_english_ones()
    {
        var snapshot = CertificateSamples.Create(CertificateSamples.UrduName) with { Language = CertificateLanguage.Urdu };

        var ink = new CertificateDocument(snapshot).TextInk().Select(t => t.Text).ToList();
        using var pdf = PdfDocument.Open(new CertificateDocument(snapshot).ToPdf());
        var fonts = pdf.GetPage(1).Letters.Select(l => l.FontName ?? "").Distinct().ToList();

        Assert.Contains("سندِ تکمیل", ink);
        Assert.Contains("تصدیق کی جاتی ہے کہ", ink);
        Assert.Contains("1 مارچ 2027 تا 30 جون 2027", ink);
        Assert.DoesNotContain("Certificate of Completion", ink);
        Assert.DoesNotContain("TRACK", ink);
        Assert.Contains(fonts, f => f.Contains("NotoNastaliqUrdu", StringComparison.Ordinal));
        Assert.DoesNotContain(fonts, f => f.Contains("Naskh", StringComparison.Ordinal));
    }

    [Fact]
    public void A_certificate_in_both_languages_gives_each_heading_in_english_and_in_urdu_on_one_line()
    {
        var snapshot = CertificateSamples.Create() with { Language = CertificateLanguage.Both };

        var ink = new CertificateDocument(snapshot).TextInk();

        var english = Assert.Single(ink, t => t.Text == "Certificate of Completion").Ink;
        var urdu = Assert.Single(ink, t => t.Text == "سندِ تکمیل").Ink;
        Assert.True(english.Right < urdu.Left, "English comes first, then Urdu, on the same line.");
        Assert.True(Math.Abs(urdu.MidY - english.MidY) < english.Height, "Both sit on one line.");
        Assert.Single(ink, t => t.Text == "ATTENDANCE");
        Assert.Single(ink, t => t.Text == "حاضری");
        Assert.Single(ink, t => t.Text == "1 March 2027 – 30 June 2027");
    }

    [Fact]
    public void A_snapshot_from_before_the_choice_prints_in_english()
    {
        var json = CertificateSamples.Create().ToJson().Replace(",\"language\":0", "", StringComparison.Ordinal);

        var snapshot = CertificateSnapshot.FromJson(json);

        Assert.DoesNotContain("language", json, StringComparison.Ordinal);
        Assert.Equal(CertificateLanguage.English, snapshot.Language);
    }
}
