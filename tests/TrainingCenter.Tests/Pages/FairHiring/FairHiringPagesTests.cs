using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Demo;
using TrainingCenter.FairHiring;
using TrainingCenter.Outcomes;
using TrainingCenter.Tests.FairHiring;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Admin.Cohorts;
using TrainingCenter.Tests.Pages.Sponsor;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages.FairHiring;

public sealed class FairHiringPagesTests(Apps apps) : IClassFixture<Apps>
{
    /// <summary>
    /// Firm X, which sponsored nothing, confirms two hires made ten days ago of graduates of a cohort that ended twenty days ago
    /// (PKR 1,000,000 pledged, 4 certified): each owes 250,000, of which H is owed 100,000, S1 90,000 and S2 60,000.
    /// </summary>
    [Theory, AllProviders]
    public async Task A_confirmed_hire_shows_its_share_to_both_sides_only_and_admins_settle_or_waive_it_once(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var arranged = await app.FairHiringCohortAsync(FairHiringCohort.Certified, today.AddDays(-80), today.AddDays(-20));
        var hiring = await app.SponsorViewerClientAsync(arranged.X);
        var owed = await app.SponsorViewerClientAsync(arranged.S1);
        var outsider = await app.SponsorViewerClientAsync(arranged.O);
        foreach (var trainee in arranged.Cohort.Trainees.Take(2))
        {
            await using var scope = app.CreateScope();
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<OutcomeService>().RecordAsync(trainee.EnrolmentId,
                new OutcomeReport(OutcomeStatus.EmployedFullTimeInField, EmployerFirmId: arranged.X, JobTitle: "Developer", StartedOn: today.AddDays(-10)),
                OutcomeSource.SelfReported, null, ct));
            var outcomeId = await app.WithDbAsync(db => db.GraduateOutcomes.Where(o => o.EnrolmentId == trainee.EnrolmentId).Select(o => o.Id).SingleAsync(ct));
            await hiring.FollowAsync(await hiring.SubmitAsync("/Sponsor/Hires", PageClient.NoFields, $"form[data-confirm='{outcomeId}']"));
        }
        var shareIds = await app.WithDbAsync(db => db.TrainingCostShares.Where(s => s.CohortId == arranged.Cohort.CohortId)
            .OrderBy(s => s.EnrolmentId).Select(s => s.Id).ToListAsync(ct));

        // Each hire links to its share, for the hiring firm and for staff; the link shows just that share.
        var hires = await hiring.GetAsync("/Sponsor/Hires");
        var links = hires.Document.QuerySelectorAll("[data-testid=share-link]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(shareIds.Select(id => $"/Sponsor/FairHiring?share={id}").Order(), links.Order());
        var linked = await hiring.GetAsync(links[0]);
        Assert.Single(linked.Document.QuerySelectorAll("[data-share-id]"));
        Assert.NotNull(linked.Document.QuerySelector("[data-testid=one-share]"));
        Assert.Empty((await outsider.GetAsync(links[0])).Document.QuerySelectorAll("[data-share-id]"));
        var staffOutcomes = await (await app.AdminClientAsync()).GetAsync($"/Admin/Cohorts/{arranged.Cohort.Code}/Outcomes");
        Assert.Equal(shareIds.Select(id => $"/Admin/FairHiring?share={id}").Order(),
            staffOutcomes.Document.QuerySelectorAll("[data-testid=share-link]").Select(a => a.GetAttribute("href")!).Order());

        var hiringView = await hiring.GetAsync("/Sponsor/FairHiring");
        var owedView = await owed.GetAsync("/Sponsor/FairHiring");
        var outsiderView = await outsider.GetAsync("/Sponsor/FairHiring");
        Assert.Equal(2, shareIds.Count);
        Assert.Equal(("PKR 500,000", "PKR 0"), Balance(hiringView));
        Assert.Equal(("PKR 0", "PKR 180,000"), Balance(owedView));
        Assert.Equal(("PKR 0", "PKR 0"), Balance(outsiderView));
        foreach (var view in new[] { hiringView, owedView })
        {
            Assert.Equal(shareIds.Select(Id).Order(), view.Document.QuerySelectorAll("[data-share-id]").Select(e => e.GetAttribute("data-share-id")!).Order());
            var share = view.Document.QuerySelector($"[data-share-id='{shareIds[0]}']")!;
            Assert.Equal("PKR 250,000", share.QuerySelector("[data-testid=amount]")!.TextContent.Trim());
            Assert.Contains("PKR 1,000,000 pledged ÷ 4 certified = PKR 250,000 per certified graduate", Squeezed(share.QuerySelector("[data-testid=computation]")!.TextContent));
            Assert.Contains("× 12/12 months left", Squeezed(share.QuerySelector("[data-testid=computation]")!.TextContent));
            Assert.Equal(["PKR 100,000", "PKR 90,000", "PKR 60,000"], share.QuerySelectorAll("[data-testid=parts] li").Select(li => li.TextContent.Split(": ")[^1].Trim()));
            Assert.DoesNotContain(arranged.Cohort.Trainees[0].Name, view.Text);
        }
        Assert.NotNull(outsiderView.Document.QuerySelector("[data-testid=no-shares]"));
        Assert.Empty(outsiderView.Document.QuerySelectorAll("[data-share-id]"));

        // Two admins open the ledger; the first settles the share, the second then tries to settle it too.
        var first = await app.AdminClientAsync();
        var second = await app.AdminClientAsync();
        var ledgerUrl = $"/Admin/FairHiring?Firm={arranged.X}";
        var firstPage = await first.GetAsync(ledgerUrl);
        var secondPage = await second.GetAsync(ledgerUrl);
        Assert.Contains(arranged.Cohort.Trainees[0].Name, firstPage.Document.QuerySelector($"[data-share-id='{shareIds[0]}'] [data-testid=graduate]")!.TextContent);
        var settled = await first.FollowAsync(await PostFormAsync(first, firstPage, $"form[data-settle='{shareIds[0]}']", "reference", "BANK-2026-001"));
        var refused = await second.FollowAsync(await PostFormAsync(second, secondPage, $"form[data-settle='{shareIds[0]}']", "reference", "BANK-2026-002"));
        var blank = await second.FollowAsync(await PostFormAsync(second, refused, $"form[data-waive='{shareIds[1]}']", "reason", "  "));
        var waived = await second.FollowAsync(await PostFormAsync(second, blank, $"form[data-waive='{shareIds[1]}']", "reason", "Founding member's first hire"));

        Assert.Equal("Settled with reference BANK-2026-001.", Status(settled));
        // When it was settled, in the cohort's zone, named.
        Assert.Matches(@"^This share was already settled on \w{3} \d{1,2} \w{3} \d{4}, \d{2}:\d{2} \(Asia/Karachi\) \(reference BANK-2026-001\); nothing was changed\.$", Status(refused));
        Assert.Contains("(Asia/Karachi)", settled.Document.QuerySelector($"[data-share-id='{shareIds[0]}'] [data-testid=closed]")!.TextContent);
        Assert.StartsWith("Say why the share is waived", Status(blank));
        Assert.Equal("Waived.", Status(waived));
        Assert.Equal("Settled", waived.Document.QuerySelector($"[data-share-id='{shareIds[0]}'] [data-testid=share-status]")!.TextContent.Trim());
        Assert.Equal("Waived", waived.Document.QuerySelector($"[data-share-id='{shareIds[1]}'] [data-testid=share-status]")!.TextContent.Trim());
        Assert.Empty(waived.Document.QuerySelectorAll($"[data-share-id='{shareIds[0]}'] form, [data-share-id='{shareIds[1]}'] form"));
        var saved = await app.WithDbAsync(db => db.TrainingCostShares.AsNoTracking().Where(s => shareIds.Contains(s.Id)).OrderBy(s => s.EnrolmentId)
            .Select(s => new { s.Status, s.SettlementReference, s.WaiverReason }).ToListAsync(ct));
        Assert.Equal([(CostShareStatus.Settled, "BANK-2026-001", (string?)null), (CostShareStatus.Waived, null, "Founding member's first hire")],
            saved.Select(s => (s.Status, s.SettlementReference, s.WaiverReason)));
        Assert.Equal(("PKR 0", "PKR 0"), Balance(await hiring.GetAsync("/Sponsor/FairHiring")));

        var open = await first.GetAsync($"/Admin/FairHiring?Firm={arranged.X}&Status={nameof(CostShareStatus.Open)}");
        Assert.Empty(open.Document.QuerySelectorAll("[data-share-id]"));
        using var missing = await first.Http.PostAsync("/Admin/FairHiring?handler=Settle", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await first.AntiforgeryTokenAsync(), ["shareId"] = "0", ["version"] = Guid.Empty.ToString(), ["reference"] = "X",
        }), ct);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Theory, AllProviders]
    public async Task The_rules_page_states_the_formula_in_words_for_firm_staff_and_admins(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var firmId = await app.WithDbAsync(db => db.MemberFirms.OrderBy(f => f.Id).Select(f => f.Id).FirstAsync(TestContext.Current.CancellationToken));

        foreach (var client in new[] { await app.SponsorViewerClientAsync(firmId), await app.AdminClientAsync() })
        {
            var page = await client.GetAsync("/FairHiring/Rules");
            Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
            Assert.Equal("Share = cost per certified graduate × (1 − the hiring firm's share of the pledges) × (months left in the window ÷ 12).",
                Squeezed(page.Document.QuerySelector("[data-testid=formula]")!.TextContent));
            Assert.Contains("everything the cohort's sponsors pledged, divided by the number of its graduates holding a valid certificate", Squeezed(page.Text));
            Assert.Contains("12 less the whole months from the cohort's end to the job's start", Squeezed(page.Text));
        }
    }

    [Theory, AllProviders]
    public async Task The_demo_sponsor_sees_the_share_its_firm_owes_for_an_employer_confirmed_hire_from_a_finished_cohort(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var demo = await app.WithDbAsync(db => db.TrainingCostShares.AsNoTracking()
            .Where(s => db.Users.Any(u => u.MemberFirmId == s.HiringFirmId && u.Email == DemoAccounts.SponsorViewer.Email))
            .Select(s => new
            {
                s.Id, s.AmountPkr, s.CohortPledgedPkr, s.HiringFirmPledgedPkr, s.Certified, s.MonthsLeft, s.WindowMonths, s.Status,
                Parts = s.Parts.Sum(p => p.AmountPkr), s.GraduateOutcome!.Source, CohortStatus = s.Cohort!.Status,
            })
            .ToListAsync(ct));

        Assert.NotEmpty(demo);
        Assert.All(demo, s =>
        {
            Assert.Equal((OutcomeSource.EmployerConfirmed, TrainingCenter.Cohorts.CohortStatus.Completed, CostShareStatus.Open), (s.Source, s.CohortStatus, s.Status));
            Assert.InRange(s.HiringFirmPledgedPkr, 1, s.CohortPledgedPkr - 1);
            Assert.Equal(s.AmountPkr, s.Parts);
            Assert.Equal((long)Math.Round((decimal)(s.CohortPledgedPkr - s.HiringFirmPledgedPkr) * s.MonthsLeft / (s.Certified * s.WindowMonths),
                MidpointRounding.AwayFromZero), s.AmountPkr);
        });
        var page = await (await app.SignedInAsync(DemoAccounts.SponsorViewer.Email)).GetAsync("/Sponsor/FairHiring");
        Assert.Equal(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"PKR {demo.Sum(s => s.AmountPkr):N0}"), page.Document.QuerySelector("[data-testid=balance] [data-testid=owes]")!.TextContent.Trim());
        Assert.All(demo, s => Assert.NotNull(page.Document.QuerySelector($"[data-share-id='{s.Id}']")));
    }

    private static async Task<HttpResponseMessage> PostFormAsync(PageClient client, PageClient.HtmlPage page, string selector, string field, string value)
    {
        var form = page.Document.QuerySelector(selector) as IHtmlFormElement ?? throw new InvalidOperationException($"No {selector}.");
        var values = PageClient.FieldsOf(form);
        values.RemoveAll(v => v.Key == field);
        values.Add(new(field, value));
        return await client.Http.PostAsync(WebUtility.HtmlDecode(form.GetAttribute("action")!), new FormUrlEncodedContent(values), TestContext.Current.CancellationToken);
    }

    private static (string Owes, string Owed) Balance(PageClient.HtmlPage page) =>
        (page.Document.QuerySelector("[data-testid=balance] [data-testid=owes]")!.TextContent.Trim(),
            page.Document.QuerySelector("[data-testid=balance] [data-testid=owed]")!.TextContent.Trim());

    private static string Status(PageClient.HtmlPage page) => page.Document.QuerySelector("[data-testid=status]")!.TextContent.Trim();

    private static string Squeezed(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
