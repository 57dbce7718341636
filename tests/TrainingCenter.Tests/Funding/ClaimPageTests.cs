using System.Globalization;
using System.IO.Compression;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using CsvHelper;
using TrainingCenter.Funding;
using TrainingCenter.Outcomes;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Admin.Cohorts;
using TrainingCenter.Web.Setup;
using UglyToad.PdfPig;

namespace TrainingCenter.Tests.Funding;

public sealed class ClaimPageTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task An_admin_claims_the_completion_tranche_downloads_its_pack_submits_it_and_marks_it_paid(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var arranged = await app.FundingCohortAsync();
        await app.RecordHandComputedMoneyAsync(arranged);
        var completion = await app.TrancheAsync(arranged, Milestone.Completion);
        var client = await app.AdminClientAsync();

        var drafted = await client.FollowAsync(await client.SubmitAsync(MoneyPath(arranged), PageClient.NoFields, $"form#claim-{completion}"));
        var claim = await app.ClaimOfAsync(completion);
        Assert.Contains("Drafted the claim of PKR 350,000", Shown(drafted, "status"));
        Assert.Contains("Draft: PKR 350,000 for 3 reached", drafted.Document.QuerySelectorAll("[data-testid=claim-status]").Select(e => e.TextContent).Single());

        var csv = await ReadCsvAsync(await client.Http.GetAsync(PackLink(drafted, "csv"), ct));
        var serials = await app.WithDbAsync(db => db.Certificates.Where(c => c.Enrolment!.CohortId == arranged.Cohort.CohortId)
            .ToDictionaryAsync(c => c.Serial, c => c.VerificationCode, ct));
        Assert.Equal(["Trainee", "Seated on", "Attendance rate", "Certificate serial", "Verify link"], csv[0]);
        Assert.Equal(3, csv.Count - 1);
        Assert.All(csv.Skip(1), row =>
        {
            Assert.Contains(row[0], arranged.Cohort.Trainees.Take(3).Select(t => t.Name));
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", row[1]);
            Assert.StartsWith($"{TrainingCenterApp.PublicBaseUrl}/verify/", row[4]);
            Assert.True(serials.ContainsKey(row[3]));
        });

        var pdfResponse = await client.Http.GetAsync(PackLink(drafted, "pdf"), ct);
        Assert.Equal("application/pdf", pdfResponse.Content.Headers.ContentType!.MediaType);
        using (var pdf = PdfDocument.Open(await pdfResponse.Content.ReadAsByteArrayAsync(ct)))
        {
            var first = string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text));
            Assert.Contains("GRANT TRANCHE CLAIM", first);
            Assert.Contains(arranged.Cohort.Code, first);
            Assert.Contains("3 of 3 needed", first);
            Assert.Contains("PKR 350,000", first);
            Assert.Contains(arranged.FirmA, first);
            Assert.Contains(arranged.Cohort.Trainees[0].Name.Split(' ')[0], first);
            Assert.Contains("Signature", string.Join(" ", pdf.GetPage(pdf.NumberOfPages).GetWords().Select(w => w.Text)));
        }

        var submitted = await client.FollowAsync(await client.SubmitAsync(MoneyPath(arranged),
            new Dictionary<string, string> { ["Submit.On"] = Iso(arranged.Today.AddDays(-3)) }, $"form#submit-{claim.Id}"));
        Assert.Contains("now submitted", Shown(submitted, "status"));
        var paid = await client.FollowAsync(await client.SubmitAsync(MoneyPath(arranged),
            new Dictionary<string, string> { ["Paid.AmountPkr"] = "350000", ["Paid.On"] = Iso(arranged.Today) }, $"form#paid-{claim.Id}"));

        Assert.Contains("now paid", Shown(paid, "status"));
        Assert.Contains($"paid PKR 350,000 on {MoneyText.Day(arranged.Today)}", Shown(paid, "claim-status"));
        Assert.Contains("Submitted", paid.Document.QuerySelector("[data-testid=money-changes]")!.TextContent);
        Assert.Equal(ClaimStatus.Paid, (await app.ClaimOfAsync(completion)).Status);
    }

    [Theory, AllProviders]
    public async Task The_outcome_claim_pack_is_a_zip_of_the_summary_the_placed_trainees_and_their_evidence(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var arranged = await app.FundingCohortAsync();
        await app.RecordHandComputedMoneyAsync(arranged);
        await using (var scope = app.CreateScope())
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<OutcomeService>().RecordAsync(arranged.Cohort.Trainees[1].EnrolmentId,
                new OutcomeReport(OutcomeStatus.EmployedFullTimeInField, EmployerFirmId: arranged.B, JobTitle: "Analyst", StartedOn: arranged.Today.AddDays(-3)),
                OutcomeSource.StaffVerified, "staff-user", ct));
        await app.AttachOfferLetterAsync(arranged);
        var claim = await app.ClaimAsync(arranged, Milestone.Outcome, submit: false);
        var client = await app.AdminClientAsync();

        var response = await client.Http.GetAsync($"{MoneyPath(arranged)}?handler=ClaimPack&claim={claim.Id}&format=zip", ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        await using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(ct), ZipArchiveMode.Read);
        var stem = $"{arranged.Cohort.Code}-claim-outcome";
        Assert.Equal([$"{stem}.pdf", $"{stem}.csv", "evidence/001-offer letter.pdf"], zip.Entries.Select(e => e.FullName));
        await using (var evidence = await zip.GetEntry("evidence/001-offer letter.pdf")!.OpenAsync(ct))
        using (var copy = new MemoryStream())
        {
            await evidence.CopyToAsync(copy, ct);
            Assert.Equal("%PDF-1.4\n%%EOF\n"u8.ToArray(), copy.ToArray());
        }
        await using var csvStream = await zip.GetEntry($"{stem}.csv")!.OpenAsync(ct);
        using var buffer = new MemoryStream();
        await csvStream.CopyToAsync(buffer, ct);
        var rows = await ParseAsync(buffer.ToArray());
        Assert.Equal(["Trainee", "Seated on", "Employer", "Started on", "Evidence files"], rows[0]);
        Assert.Equal(
            [
                [arranged.Cohort.Trainees[0].Name, "Elsewhere Ltd", Iso(arranged.Today.AddDays(-5)), "evidence/001-offer letter.pdf"],
                [arranged.Cohort.Trainees[1].Name, arranged.FirmB, Iso(arranged.Today.AddDays(-3)), ""],
            ],
            rows.Skip(1).Select(r => new[] { r[0], r[2], r[3], r[4] }));
        Assert.DoesNotContain(rows.Skip(1), r => r.Contains(arranged.Cohort.Trainees[2].Name));
    }

    public static TheoryData<string, string, string, string> HostileSteps => new()
    {
        { "paid", "Paid.AmountPkr", "-5", "Enter an amount above zero, in whole rupees." },
        { "paid", "Paid.AmountPkr", "450001", "The funder cannot pay more than the PKR 450,000 claimed: check the amount." },
        { "paid", "Paid.AmountPkr", "99999999999999999999", "is not valid" },
        { "paid", "Paid.AmountPkr", "lots", "is not valid" },
        { "paid", "Paid.AmountPkr", "", "Enter the amount the funder paid, in whole rupees." },
        { "paid", "Paid.On", "1990-01-01", "a year either side of the cohort" },
        { "paid", "Paid.On", "2999-01-01", "a year either side of the cohort" },
        { "paid", "Paid.On", "yesterday", "is not valid" },
        { "paid", "Paid.On", "-11", "The payment cannot come before the claim was submitted" },
        { "paid", "Paid.Version", "00000000-0000-0000-0000-000000000001", FundingClaims.ChangedMeanwhile },
        { "paid", "Paid.ClaimId", "999999999", "That claim is not one of this cohort's." },
        { "reject", "Reject.Reason", "   ", "Say why the funder rejected the claim." },
        { "reject", "Reject.Reason", new string('x', 501), "Keep the reason to 500 characters." },
    };

    [Theory, AllProvidersMemberData(nameof(HostileSteps))]
    public async Task A_hostile_claim_step_gets_a_message_and_changes_nothing(DatabaseProvider provider, string form, string field, string value, string message)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var arranged = await app.FundingCohortAsync();
        await app.RecordHandComputedMoneyAsync(arranged);
        var claim = await app.ClaimAsync(arranged, Milestone.Start, submit: true);
        var client = await app.AdminClientAsync();
        var changes = await app.WithDbAsync(db => db.MoneyChanges.CountAsync(c => c.CohortId == arranged.Cohort.CohortId, ct));

        var sent = value == "-11" ? Iso(arranged.Today.AddDays(-11)) : value;
        var fields = new Dictionary<string, string> { [field] = sent };
        if (form == "paid" && field != "Paid.On") fields["Paid.On"] = Iso(arranged.Today);
        var page = await AdminSignIn.ShownAgainAsync(await client.SubmitAsync(MoneyPath(arranged), fields, $"form#{form}-{claim.Id}"));

        Assert.Contains(message, page.Document.QuerySelector("main")!.TextContent.Replace("\n", " "));
        var after = await app.ClaimOfAsync(claim.GrantTrancheId);
        Assert.Equal((ClaimStatus.Submitted, claim.Version, null), (after.Status, after.Version, after.PaidPkr));
        Assert.Equal(changes, await app.WithDbAsync(db => db.MoneyChanges.CountAsync(c => c.CohortId == arranged.Cohort.CohortId, ct)));
    }

    private static string MoneyPath(FundingCohort arranged) => $"/Admin/Cohorts/{arranged.Cohort.Code}/Money";

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string PackLink(PageClient.HtmlPage page, string format) =>
        WebUtility.HtmlDecode(page.Document.QuerySelectorAll("[data-testid=claim-pack] a").Single(a => a.GetAttribute("href")!.Contains($"format={format}", StringComparison.Ordinal))
            .GetAttribute("href")!);

    private static string Shown(PageClient.HtmlPage page, string testId) =>
        page.Document.QuerySelector($"[data-testid={testId}]")?.TextContent.Trim() ?? throw new InvalidOperationException($"No {testId} on the page.");

    private static async Task<List<List<string>>> ReadCsvAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        return await ParseAsync(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>Every row, the header first.</summary>
    private static async Task<List<List<string>>> ParseAsync(byte[] bytes)
    {
        using var reader = CsvReader.Create(bytes, CsvReaderOptions.Default with { HasHeader = true });
        var rows = new List<List<string>>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToList());
        rows.Insert(0, [.. reader.Headers]);
        return rows;
    }
}
