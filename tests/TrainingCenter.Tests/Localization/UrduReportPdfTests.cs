using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Certificates;
using TrainingCenter.Funding;
using TrainingCenter.Identity;
using TrainingCenter.Tests.Certificates;
using TrainingCenter.Tests.Exports;
using TrainingCenter.Tests.Funding;
using TrainingCenter.Tests.Pages.Sponsor;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Admin.Cohorts;
using TrainingCenter.Tests.Reports;
using TrainingCenter.Web.Setup;
using UglyToad.PdfPig;

namespace TrainingCenter.Tests.Localization;

/// <summary>
/// The report PDFs downloaded in Urdu: Urdu headings read back in logical order, Nastaliq is embedded, the page is
/// mirrored, a long Urdu name stays on its page, English numbers and codes are not reversed, and the title a viewer shows
/// (the PDF's document information, read by pdfinfo) is in the reader's language, in logical order.
/// </summary>
public sealed class UrduReportPdfTests(Apps apps) : IClassFixture<Apps>
{
    /// <summary>A long name with Nastaliq's tallest and deepest letters.</summary>
    private const string LongUrduName = "محمد عبدالغفور کمال الدین گیلانی چوہدری لکھنوی";

    [Theory, AllProviders]
    public async Task The_sponsor_report_pdf_in_urdu_has_urdu_headings_in_nastaliq_and_the_long_name_on_its_line(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var hand = await app.HandCohortAsync(LongUrduName);
        var viewer = await InUrduAsync(await app.SponsorViewerClientAsync(hand.FirmA));

        var pdf = await DownloadAsync(viewer, $"/Sponsor/Cohorts/{hand.Code}?handler=Pdf");

        var text = await PdfTextAsync(pdf);
        AssertReads(text, "اسپانسر رپورٹ");
        AssertReads(text, "ہفتہ وار حاضری");
        AssertReads(text, LongUrduName);
        Assert.True(Has(text, hand.Code));
        Assert.False(Has(text, "SPONSORREPORT"));
        Assert.False(Has(text, "Enrolmentfunnel"));
        await AssertNastaliqEmbeddedAsync(pdf);
        AssertInk(pdf, SponsorPageWidth);
        var info = await PdfInfoAsync(pdf);
        Assert.Equal($"اسپانسر رپورٹ {hand.Code}: {hand.Title}", info["Title"]);
        Assert.Equal($"{hand.FirmAName} کے لیے", info["Subject"]);
    }

    [Theory, AllProviders]
    public async Task The_consortium_report_pdf_in_urdu_has_its_tables_in_urdu_mirrored_with_the_long_firm_name_inside_its_cell(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var arranged = await app.FundingCohortAsync();
        await RenameFirmAsync(app, arranged.FirmA, LongUrduName);
        var admin = await InUrduAsync(await app.AdminClientAsync());

        var pdf = await DownloadAsync(admin, "/Admin/Reports?handler=Pdf");

        var text = await PdfTextAsync(pdf);
        AssertReads(text, "کنسورشیم رپورٹ");
        AssertReads(text, "مرکز وار");
        AssertReads(text, "فرم وار");
        AssertReads(text, LongUrduName);
        Assert.False(Has(text, "Byfirm"));
        await AssertNastaliqEmbeddedAsync(pdf);
        AssertInk(pdf, LandscapeWidth);
        // Mirrored: the firm's name is in the first column, on the right of the page.
        using var document = PdfDocument.Open(pdf);
        var nameLetters = document.GetPages().SelectMany(p => p.Letters).Where(l => LongUrduName.Contains(Plain(l.Value), StringComparison.Ordinal) && Plain(l.Value).Length > 0
            && l.FontName?.Contains("NotoNastaliqUrdu", StringComparison.Ordinal) == true).ToList();
        Assert.NotEmpty(nameLetters);
        Assert.True(nameLetters.Max(l => l.BoundingBox.Right) > LandscapeWidth / 2, "The first column runs from the right.");
        Assert.Equal("کنسورشیم رپورٹ", (await PdfInfoAsync(pdf))["Title"]);

        var funding = await DownloadAsync(admin, "/Admin/Reports?handler=FundingPdf");
        var fundingText = await PdfTextAsync(funding);
        AssertReads(fundingText, "کنسورشیم کی فنڈنگ");
        Assert.False(Has(fundingText, "Consortium funding"));
        Assert.False(Has(fundingText, "Cost per graduate by track"));
        await AssertNastaliqEmbeddedAsync(funding);
        AssertInk(funding, LandscapeWidth);
    }

    [Theory, AllProviders]
    public async Task The_consortium_funding_pdf_in_urdu_has_urdu_headings_and_row_labels_with_its_amounts_left_to_right(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var arranged = await app.FundingCohortAsync(c => c.InNewTrack(LongUrduName));
        await app.RecordHandComputedMoneyAsync(arranged);
        var admin = await InUrduAsync(await app.AdminClientAsync());

        var pdf = await DownloadAsync(admin, "/Admin/Reports?handler=FundingPdf");

        var text = await PdfTextAsync(pdf);
        AssertReads(text, "کنسورشیم کی فنڈنگ");
        // "التحصیل" climbs so far that poppler lifts its "تحص" onto a line of its own: the title's first words are read.
        AssertReads(text, "شعبہ وار فی");
        AssertReads(text, "لاگت (روپے)");
        AssertReads(text, "فی سند یافتہ (روپے)");
        // Likewise "قسم" lifts its "قس" off the second title.
        AssertReads(text, "فنڈ دینے والوں کی");
        AssertReads(text, "طے شدہ (روپے)");
        AssertReads(text, "تمام شعبے");
        AssertReads(text, "رکن فرمیں: نقد");
        AssertReads(text, "رکن فرمیں: غیر نقد");
        AssertReads(text, "تمام فنڈ دینے والے");
        AssertReads(text, LongUrduName);
        // The track's line: 1,000,000 spent over 5 seated (200,000 each) and 1 placed, read as written, not "000,000,1".
        Assert.True(Has(text, "1,000,000"));
        Assert.True(Has(text, "200,000"));
        Assert.All(new[] { "Consortium funding", "Cost per graduate by track", "Money in by kind of funder", "All tracks", "Member firms", "All funders" },
            english => Assert.False(Has(text, english), $"\"{english}\" is still in English."));
        await AssertNastaliqEmbeddedAsync(pdf);
        AssertInk(pdf, LandscapeWidth);
        AssertFirstColumnHolds(pdf, LandscapeWidth);
        Assert.Equal("کنسورشیم کی فنڈنگ", (await PdfInfoAsync(pdf))["Title"]);
    }

    [Theory, AllProviders]
    public async Task The_grant_programme_pdf_in_urdu_has_urdu_headings_and_row_labels_with_its_rule_amounts_and_percentages_left_to_right(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var arranged = await app.FundingCohortAsync(c => c.Configured(cohort => cohort.Title = LongUrduName));
        await app.RecordHandComputedMoneyAsync(arranged);
        await app.ClaimAsync(arranged, Milestone.Start, submit: true);
        var (funder, funderName) = await app.WithDbAsync(db => db.Grants.Where(g => g.CohortId == arranged.Cohort.CohortId)
            .Select(g => new ValueTuple<int, string>(g.FunderId, g.Funder!.Name)).SingleAsync(ct));
        var admin = await InUrduAsync(await app.AdminClientAsync());

        var pdf = await DownloadAsync(admin, $"/Admin/Funding/Funders/{funder}/Report?handler=Pdf");

        var text = await PdfTextAsync(pdf);
        AssertReads(text, "گرانٹ پروگرام");
        AssertReads(text, "کی گرانٹس");
        AssertReads(text, "منظور شدہ");
        AssertReads(text, "تمام بیچ");
        // Thirteen columns leave the cohort's column room for the code and three words: the title wraps in its cell, each
        // line in order.
        AssertReads(text, "محمد عبدالغفور کمال");
        AssertReads(text, "الدین گیلانی چوہدری لکھنوی");
        // The rule "1:1 per member rupee of cash, capped at PKR 800,000" in Urdu keeps its amount as written, and the
        // 950,000 achieved of 800,000 required reads "119%", not "%119".
        Assert.True(Has(text, "PKR 800,000"));
        Assert.True(Has(text, "119%"));
        Assert.True(Has(text, "1,000,000"));
        Assert.True(Has(text, "450,000"));
        Assert.All(new[] { "Grant programme", "Grants of", "All cohorts", "Match required", "per member rupee", "capped at" },
            english => Assert.False(Has(text, english), $"\"{english}\" is still in English."));
        await AssertNastaliqEmbeddedAsync(pdf);
        AssertInk(pdf, LandscapeWidth);
        AssertFirstColumnHolds(pdf, LandscapeWidth);
        Assert.Equal($"گرانٹ پروگرام {funderName}", (await PdfInfoAsync(pdf))["Title"]);
    }

    [Theory, AllProviders]
    public async Task A_submitted_claims_status_in_the_urdu_money_xlsx_is_urdu_with_its_amount_and_date_left_to_right(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var arranged = await app.FundingCohortAsync();
        await app.RecordHandComputedMoneyAsync(arranged);
        await app.ClaimAsync(arranged, Milestone.Completion, submit: true);
        var admin = await InUrduAsync(await app.AdminClientAsync());
        var links = (await admin.GetAsync($"/Admin/Cohorts/{arranged.Cohort.Code}/Money")).Document.QuerySelectorAll("[data-testid=money-downloads] a")
            .Select(a => a.GetAttribute("href")!).ToList();

        var status = XlsxSheet.ReadAll(await admin.Http.GetByteArrayAsync(links[0], ct)).Single(s => s.Name == "قسطیں").Cell(3, 7).Text;

        var submitted = MoneyText.Iso(arranged.Today.AddDays(-10));
        Assert.Equal($"جمع شدہ: PKR 350,000، {submitted} کو جمع", WithoutIsolates(status));
        Assert.Contains("\u2066PKR 350,000\u2069", status);
        Assert.Contains($"\u2066{submitted}\u2069", status);
    }

    /// <summary>The text without its left-to-right isolates.</summary>
    private static string WithoutIsolates(string text) => text.Replace("\u2066", "").Replace("\u2069", "");

    [Theory, AllProviders]
    public async Task The_money_pdf_and_xlsx_and_the_claim_pack_in_urdu_have_urdu_titles_and_headings(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var arranged = await app.FundingCohortAsync();
        await app.RecordHandComputedMoneyAsync(arranged);
        var trainee = arranged.Cohort.Trainees[0].Name;
        await app.WithDbAsync(db => db.Trainees.Where(t => t.FullName == trainee).ExecuteUpdateAsync(s => s.SetProperty(t => t.FullName, LongUrduName), ct));
        var completion = await app.TrancheAsync(arranged, Milestone.Completion);
        var admin = await InUrduAsync(await app.AdminClientAsync());
        var path = $"/Admin/Cohorts/{arranged.Cohort.Code}/Money";
        var links = (await admin.GetAsync(path)).Document.QuerySelectorAll("[data-testid=money-downloads] a").Select(a => a.GetAttribute("href")!).ToList();

        var sheets = XlsxSheet.ReadAll(await admin.Http.GetByteArrayAsync(links[0], ct)).ToDictionary(s => s.Name);
        var money = await DownloadAsync(admin, links[1]);

        Assert.Contains("ذرائع", sheets.Keys);
        Assert.Contains("ماہانہ نقد آمد", sheets.Keys);
        Assert.Equal("رکن فرم", sheets["ذرائع"].Cell(1, 1).Text);
        Assert.Equal("شمار شدہ لاگت (اصل؛ جگہ کا منصوبہ بند بجٹ)", WithoutIsolates(sheets["بقایا اور فی فارغ التحصیل لاگت"].Cell(6, 1).Text));
        Assert.Equal("1:1، حد PKR 800,000، صرف نقد", WithoutIsolates(sheets["گرانٹس"].Cell(2, 3).Text));
        Assert.DoesNotContain("Sources", sheets.Keys);
        var moneyText = await PdfTextAsync(money);
        AssertReads(moneyText, $"{arranged.Cohort.Code} کی رقم");
        AssertReads(moneyText, "رکن فرمیں");
        Assert.True(Has(moneyText, "1,150,000"));
        await AssertNastaliqEmbeddedAsync(money);
        AssertInk(money, LandscapeWidth);
        Assert.Equal($"{arranged.Cohort.Code} کی رقم", (await PdfInfoAsync(money))["Title"]);

        var drafted = await admin.FollowAsync(await admin.SubmitAsync(path, PageClient.NoFields, $"form#claim-{completion}"));
        var packLink = WebUtility.HtmlDecode(drafted.Document.QuerySelectorAll("[data-testid=claim-pack] a")
            .Single(a => a.GetAttribute("href")!.Contains("format=pdf", StringComparison.Ordinal)).GetAttribute("href")!);
        var pack = await DownloadAsync(admin, packLink);
        var packText = await PdfTextAsync(pack);
        AssertReads(packText, "گرانٹ کی قسط کا دعویٰ");
        AssertReads(packText, "اقرار نامہ");
        AssertReads(packText, LongUrduName);
        Assert.False(Has(packText, "Declaration"));
        await AssertNastaliqEmbeddedAsync(pack);
        AssertInk(pack, SponsorPageWidth);
        Assert.Equal($"دعویٰ {arranged.Cohort.Code}: {await FunderNameAsync(app, arranged)}، تکمیل: تربیت پانے والوں کو اسناد ملیں", (await PdfInfoAsync(pack))["Title"]);
    }

    [Theory]
    [InlineData(CertificateLanguage.English, "Certificate of Completion")]
    [InlineData(CertificateLanguage.Urdu, "سندِ تکمیل")]
    [InlineData(CertificateLanguage.Both, "Certificate of Completion / سندِ تکمیل")]
    public async Task A_certificates_pdf_title_is_in_the_certificates_language(CertificateLanguage language, string title)
    {
        var snapshot = CertificateSamples.Create(LongUrduName) with { Language = language };

        var info = await PdfInfoAsync(new CertificateDocument(snapshot).ToPdf());

        Assert.Equal($"{title} {snapshot.Serial}", info["Title"]);
    }

    private static Task<string> FunderNameAsync(TrainingCenterApp app, FundingCohort arranged) =>
        app.WithDbAsync(db => db.Grants.Where(g => g.CohortId == arranged.Cohort.CohortId).Select(g => g.Funder!.Name).SingleAsync(TestContext.Current.CancellationToken));

    private const float SponsorPageWidth = 595;
    private const float LandscapeWidth = 842;

    private static async Task<byte[]> DownloadAsync(PageClient client, string url)
    {
        var response = await client.Http.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        return await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>The lines poppler reads out of the PDF, in reading order, each without spaces.</summary>
    private static async Task<IReadOnlyList<string>> PdfTextAsync(byte[] pdf)
    {
        var tool = ExternalTool.Require("pdftotext", "poppler-utils");
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllBytesAsync(file, pdf, TestContext.Current.CancellationToken);
            var (exitCode, output) = await ExternalTool.RunAsync(tool, "-enc", "UTF-8", file, "-");
            Assert.Equal(0, exitCode);
            return [.. output.Split('\n').Select(Squeezed).Where(line => line.Length > 0)];
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>The PDF's document information as poppler reads it: "Title", "Subject", "Author"… with their values.</summary>
    private static async Task<IReadOnlyDictionary<string, string>> PdfInfoAsync(byte[] pdf)
    {
        var tool = ExternalTool.Require("pdfinfo", "poppler-utils");
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllBytesAsync(file, pdf, TestContext.Current.CancellationToken);
            var (exitCode, output) = await ExternalTool.RunAsync(tool, "-enc", "UTF-8", file);
            Assert.Equal(0, exitCode);
            return output.Split('\n').Select(line => line.Split(':', 2)).Where(pair => pair.Length == 2 && !pair[0].Contains(' ', StringComparison.Ordinal))
                .ToDictionary(pair => pair[0], pair => pair[1].Trim());
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task AssertNastaliqEmbeddedAsync(byte[] pdf)
    {
        var tool = ExternalTool.Require("pdffonts", "poppler-utils");
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllBytesAsync(file, pdf, TestContext.Current.CancellationToken);
            var (exitCode, output) = await ExternalTool.RunAsync(tool, file);
            Assert.Equal(0, exitCode);
            var nastaliq = output.Split('\n').Where(line => line.Contains("NotoNastaliqUrdu", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(nastaliq);
            // The columns are name, type, encoding, emb, sub, uni, object, generation: "emb" is the fourth from the end.
            Assert.All(nastaliq, line => Assert.Equal("yes", line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^5]));
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Every glyph's ink is on its page inside the margins, and no Urdu letter crosses a rule.</summary>
    private static void AssertInk(byte[] pdf, float pageWidth)
    {
        using var document = PdfDocument.Open(pdf);
        foreach (var page in document.GetPages())
        {
            Assert.All(page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value) && l.BoundingBox.Width > 0), l =>
            {
                Assert.InRange(l.BoundingBox.Left, 20, pageWidth - 20);
                Assert.InRange(l.BoundingBox.Right, 20, pageWidth - 20);
                Assert.InRange(l.BoundingBox.Bottom, 10, page.Height - 10);
                Assert.InRange(l.BoundingBox.Top, 10, page.Height - 10);
            });
        }
        // No Nastaliq letter crosses a table's rule: tall letters and deep tails stay between the lines.
        foreach (var page in document.GetPages())
        {
            var rules = page.Paths.Select(p => p.GetBoundingRectangle()).OfType<UglyToad.PdfPig.Core.PdfRectangle>()
                .Where(r => r.Height < 0.5 && r.Width > 40).ToList();
            var urdu = page.Letters.Where(l => l.FontName?.Contains("NotoNastaliqUrdu", StringComparison.Ordinal) == true && l.BoundingBox.Height > 0).ToList();
            Assert.All(urdu, l => Assert.DoesNotContain(rules, r =>
                r.Left < l.BoundingBox.Right && l.BoundingBox.Left < r.Right && l.BoundingBox.Bottom < r.Bottom - 0.3 && r.Bottom + 0.3 < l.BoundingBox.Top));
        }
    }

    /// <summary>
    /// Every letter in a money table's rows stays in its column: the first column (the text, on the right of a mirrored
    /// page) ends at the margin and its inner edge, which no letter crosses, so a long name is shrunk to fit, not spilled
    /// into the next cell or clipped by it. Rows are the bands between two rules a row's height apart.
    /// </summary>
    private static void AssertFirstColumnHolds(byte[] pdf, float pageWidth)
    {
        // As MoneyTables lays out a landscape page, and an Urdu row's height.
        const float margin = 40, firstColumn = 200, rowHeight = 22;
        var (inner, outer) = (pageWidth - margin - firstColumn, pageWidth - margin);
        using var document = PdfDocument.Open(pdf);
        var checkedLetters = 0;
        foreach (var page in document.GetPages())
        {
            var rules = page.Paths.Select(p => p.GetBoundingRectangle()).OfType<UglyToad.PdfPig.Core.PdfRectangle>()
                .Where(r => r.Height < 0.5 && r.Width > 40).Select(r => r.Bottom).Distinct().Order().ToList();
            var rows = rules.Zip(rules.Skip(1)).Where(pair => Math.Abs(pair.Second - pair.First - rowHeight) < 1).ToList();
            var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value) && l.BoundingBox.Width > 0
                && rows.Any(r => r.First < l.BoundingBox.Centroid.Y && l.BoundingBox.Centroid.Y < r.Second)).ToList();
            Assert.All(letters, l => Assert.False(l.BoundingBox.Left < inner && inner < l.BoundingBox.Right, $"\"{l.Value}\" at {l.BoundingBox} crosses the first column's edge."));
            var first = letters.Where(l => l.BoundingBox.Left >= inner).ToList();
            Assert.All(first, l => Assert.InRange(l.BoundingBox.Right, inner, outer + 0.5));
            checkedLetters += first.Count;
        }
        Assert.True(checkedLetters > 0, "No row's first column was found.");
    }

    private static async Task RenameFirmAsync(TrainingCenterApp app, string firm, string name) =>
        await app.WithDbAsync(db => db.MemberFirms.Where(f => f.Name == firm)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.Name, name), TestContext.Current.CancellationToken));

    /// <summary>Follows the switcher's link to Urdu, so the client carries its cookie from then on.</summary>
    private static async Task<PageClient> InUrduAsync(PageClient client)
    {
        var switched = await client.Http.GetAsync($"/Language?choice={Languages.Urdu}&returnUrl=/", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        return client;
    }

    private static string Plain(string text) => text.Normalize(NormalizationForm.FormKC);

    private static bool Has(IReadOnlyList<string> lines, string text) => lines.Any(line => line.Contains(Squeezed(text), StringComparison.Ordinal));

    /// <summary>The text without spaces and without bidi marks (poppler adds them around each run).</summary>
    private static string Squeezed(string text) =>
        new([.. text.Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format)]);

    /// <summary>
    /// Some line (with its neighbours) reads <paramref name="expected"/> in logical order. Nastaliq's words climb and
    /// lift letters high above the line (a ک before ل), and poppler reads such glyphs as a line of their own, just above or
    /// below: so the lines may miss one letter in eight, but what they hold comes in the expected order (a reversed or
    /// scrambled string shares only a few letters in order).
    /// </summary>
    private static void AssertReads(IReadOnlyList<string> lines, string expected)
    {
        var want = Squeezed(expected);
        // The lifted letters come as the line before or after theirs: each line is read with its neighbours in page order,
        // and first, then followed by the line above and the line below ("تمام چ" then its lifted "بی").
        string Line(int i) => i >= 0 && i < lines.Count ? lines[i] : "";
        var best = lines.Select((_, i) => Math.Max(InOrder(want, Line(i - 1) + Line(i) + Line(i + 1)), InOrder(want, Line(i) + Line(i - 1) + Line(i + 1)))).Max();
        Assert.True(best >= want.Length - Math.Max(1, want.Length / 8),
            $"No line reads \"{expected}\": at best {best} of its {want.Length} letters in order.{Environment.NewLine}{string.Join(Environment.NewLine, lines)}");
    }

    /// <summary>How many of <paramref name="want"/>'s letters <paramref name="line"/> holds in order (longest common subsequence).</summary>
    private static int InOrder(string want, string line)
    {
        var previous = new int[line.Length + 1];
        for (var i = 1; i <= want.Length; i++)
        {
            var current = new int[line.Length + 1];
            for (var j = 1; j <= line.Length; j++)
                current[j] = want[i - 1] == line[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            previous = current;
        }
        return previous[line.Length];
    }
}
