using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Funding;
using TrainingCenter.Identity;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Admin.Cohorts;
using TrainingCenter.Web.Setup;
using UglyToad.PdfPig;

namespace TrainingCenter.Tests.Funding;

/// <summary>
/// Every money PDF (the cohort's money, the consortium's funding, a grant programme, a claim pack, the consortium
/// report), in English and in Urdu, with long names in them: no text is drawn below a readable size, however many columns
/// a table has or however long a rule, a title or a name is. A narrow column wraps its text; it never shrinks it.
/// </summary>
public sealed class MoneyPdfTextSizeTests(Apps apps) : IClassFixture<Apps>
{
    /// <summary>The smallest size, in points, at which a PDF may draw text (the footers' 7 pt, with room for Urdu's fitting).</summary>
    private const double Readable = 6;

    [Theory]
    [AllProviders(Languages.English, "Full-Stack Web Development with Cloud Deployment for Working Professionals (Evening)",
        "Consolidated Engineering and Software Consultancy Services of Southern Punjab (Private) Limited")]
    [AllProviders(Languages.Urdu, "محمد عبدالغفور کمال الدین گیلانی چوہدری لکھنوی کی شام کی کلاس برائے پیشہ ور افراد",
        "جنوبی پنجاب کی متحدہ انجینئرنگ اور سافٹ ویئر مشاورتی خدمات (پرائیویٹ) لمیٹڈ")]
    public async Task Every_money_pdf_draws_its_text_at_a_readable_size_with_long_names(DatabaseProvider provider, string language, string longTitle, string longName)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var arranged = await app.FundingCohortAsync(c => c.InNewTrack(longName[..Math.Min(longName.Length, 60)]).Configured(cohort => cohort.Title = longTitle));
        await app.RecordHandComputedMoneyAsync(arranged);
        await app.ClaimAsync(arranged, Milestone.Start, submit: true);
        await app.ClaimAsync(arranged, Milestone.Completion, submit: false);
        await app.WithDbAsync(db => db.MemberFirms.Where(f => f.Name == arranged.FirmA).ExecuteUpdateAsync(s => s.SetProperty(f => f.Name, longName), ct));
        var trainee = arranged.Cohort.Trainees[0].Name;
        await app.WithDbAsync(db => db.Trainees.Where(t => t.FullName == trainee).ExecuteUpdateAsync(s => s.SetProperty(t => t.FullName, longName), ct));
        var funder = await app.WithDbAsync(db => db.Grants.Where(g => g.CohortId == arranged.Cohort.CohortId).Select(g => g.FunderId).SingleAsync(ct));
        var admin = await app.AdminClientAsync();
        var switched = await admin.Http.GetAsync($"/Language?choice={language}&returnUrl=/", ct);
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        var money = $"/Admin/Cohorts/{arranged.Cohort.Code}/Money";
        var page = (await admin.GetAsync(money)).Document;
        var moneyPdf = page.QuerySelectorAll("[data-testid=money-downloads] a").Select(a => a.GetAttribute("href")!).Single(h => h.Contains("Pdf", StringComparison.OrdinalIgnoreCase));
        var packs = page.QuerySelectorAll("[data-testid=claim-pack] a").Select(a => WebUtility.HtmlDecode(a.GetAttribute("href")!))
            .Where(h => h.Contains("format=pdf", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, packs.Count);

        var smallest = new List<string>();
        foreach (var (name, url) in new[]
                 {
                     ("money", moneyPdf), ("funding", "/Admin/Reports?handler=FundingPdf"), ("grant programme", $"/Admin/Funding/Funders/{funder}/Report?handler=Pdf"),
                     ("claim pack (start)", packs[0]), ("claim pack (completion)", packs[1]), ("consortium report", "/Admin/Reports?handler=Pdf"),
                 })
        {
            var response = await admin.Http.GetAsync(url, ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
            var bytes = await response.Content.ReadAsByteArrayAsync(ct);
            using var pdf = PdfDocument.Open(bytes);
            var letters = pdf.GetPages().SelectMany(p => p.Letters).Where(l => !string.IsNullOrWhiteSpace(l.Value) && l.BoundingBox.Width > 0).ToList();
            Assert.NotEmpty(letters);
            var least = letters.Min(l => l.PointSize);
            var tiny = letters.Where(l => l.PointSize < Readable).ToList();
            smallest.Add(string.Create(CultureInfo.InvariantCulture,
                $"{name}: smallest {least:0.0} pt{(tiny.Count == 0 ? "" : $", {tiny.Count} letters below {Readable} pt: \"{string.Concat(tiny.Take(60).Select(l => l.Value))}\"")}"));
        }

        Assert.True(smallest.All(line => !line.Contains(" below ", StringComparison.Ordinal)), string.Join(Environment.NewLine, smallest));
    }
}
