using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;
using TrainingCenter.Outcomes;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Admin.Cohorts;
using TrainingCenter.Tests.Pages.Sponsor;
using TrainingCenter.Tests.Uploads;
using TrainingCenter.Uploads;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Outcomes;

public sealed class EvidenceTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task Staff_and_the_graduate_attach_evidence_and_only_they_can_open_it(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var (cohort, firmId) = await GraduateWorkingAtAFirmAsync(app);
        var graduate = cohort.Trainees[0];
        var adminPath = $"/Admin/Cohorts/{cohort.Code}/Outcomes/{graduate.EnrolmentId}";
        var careerPath = $"/Me/Career/{graduate.EnrolmentId}";
        var admin = await app.AdminClientAsync();
        var me = await app.SignedInAsync(graduate.Email);
        var letter = Pdf();

        var attached = await admin.FollowAsync(await UploadAsync(admin, adminPath, "C:\\scans\\Offer letter.PDF", letter, EvidenceKind.OfferLetter));
        var mine = await me.FollowAsync(await UploadAsync(me, careerPath, "profile.jpeg", Png(300, 200), EvidenceKind.PlatformProfile));
        var files = await app.WithDbAsync(db => db.OutcomeEvidence.AsNoTracking().Where(e => e.GraduateOutcome!.EnrolmentId == graduate.EnrolmentId).OrderBy(e => e.Id)
            .Select(e => new { e.Id, e.FileName, e.Format, e.Kind }).ToListAsync(ct));

        Assert.Contains($"Attached the file to the current report of {graduate.Name}.", attached.Text);
        Assert.Contains("Thank you: the file is attached to your current report.", mine.Text);
        Assert.Equal([("Offer letter.pdf", UploadFormat.Pdf, EvidenceKind.OfferLetter), ("profile.png", UploadFormat.Png, EvidenceKind.PlatformProfile)],
            files.Select(f => (f.FileName, f.Format, f.Kind)));
        Assert.Equal(2, mine.Document.QuerySelectorAll("[data-testid=evidence-files] [data-evidence]").Length);
        var pdfId = files[0].Id;

        using var byAdmin = await admin.Http.GetAsync($"{adminPath}?handler=Evidence&id={pdfId}", ct);
        using var byGraduate = await me.Http.GetAsync($"{careerPath}?handler=Evidence&id={pdfId}", ct);
        Assert.Equal(HttpStatusCode.OK, byAdmin.StatusCode);
        Assert.Equal("application/pdf", byAdmin.Content.Headers.ContentType?.MediaType);
        Assert.Equal(letter, await byAdmin.Content.ReadAsByteArrayAsync(ct));
        Assert.Equal(letter, await byGraduate.Content.ReadAsByteArrayAsync(ct));

        var classmate = await app.SignedInAsync(cohort.Trainees[1].Email);
        var employer = await app.SponsorViewerClientAsync(firmId);
        foreach (var (who, url) in new[]
                 {
                     (classmate, $"{careerPath}?handler=Evidence&id={pdfId}"),
                     (classmate, $"/Me/Career/{cohort.Trainees[1].EnrolmentId}?handler=Evidence&id={pdfId}"),
                     (employer, $"{adminPath}?handler=Evidence&id={pdfId}"),
                     (employer, $"{careerPath}?handler=Evidence&id={pdfId}"),
                 })
        {
            using var refused = await who.Http.GetAsync(url, ct);
            Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
            Assert.DoesNotContain("%PDF-", await refused.Content.ReadAsStringAsync(ct));
        }
        var hires = await employer.GetAsync("/Sponsor/Hires");
        Assert.Contains(graduate.Name, hires.Text);
        Assert.DoesNotContain("Evidence", hires.Document.QuerySelector("main")!.InnerHtml);
    }

    [Theory, AllProviders]
    public async Task A_renamed_program_a_huge_image_an_oversized_or_truncated_file_is_refused_with_a_message_and_nothing_stored_is_lost(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var (cohort, _) = await GraduateWorkingAtAFirmAsync(app);
        var graduate = cohort.Trainees[0];
        var careerPath = $"/Me/Career/{graduate.EnrolmentId}";
        var adminPath = $"/Admin/Cohorts/{cohort.Code}/Outcomes/{graduate.EnrolmentId}";
        var me = await app.SignedInAsync(graduate.Email);
        var admin = await app.AdminClientAsync();
        await me.FollowAsync(await UploadAsync(me, careerPath, "contract.pdf", Pdf(), EvidenceKind.Contract));
        var oversized = new byte[EvidenceFiles.Upload.MaxBytes + 1];
        Pdf().CopyTo(oversized, 0);
        "%%EOF"u8.ToArray().CopyTo(oversized, oversized.Length - 6);
        var program = new byte[4096];
        "MZ"u8.ToArray().CopyTo(program, 0);

        var refusals = new List<string>();
        foreach (var (client, path, name, content) in new[]
                 {
                     (me, careerPath, "offer.pdf", program),
                     (admin, adminPath, "offer.pdf", program),
                     (me, careerPath, "screenshot.png", PngBombs.Declaring(20_000)),
                     (admin, adminPath, "contract.pdf", oversized),
                     (me, careerPath, "contract.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << >> endobj\n")),
                     (me, careerPath, "empty.pdf", Array.Empty<byte>()),
                 })
        {
            var shown = await AdminSignIn.ShownAgainAsync(await UploadAsync(client, path, name, content, EvidenceKind.OfferLetter));
            refusals.Add(shown.Document.QuerySelector("[data-testid=evidence-error]")!.TextContent.Trim());
            Assert.Equal("contract.pdf", shown.Document.QuerySelector("[data-testid=evidence-files] [data-evidence] a")!.TextContent.Trim());
        }

        Assert.Equal(
        [
            "The file is not a PDF, PNG or JPEG file. Save the document as PDF, or a screenshot of it as PNG or JPEG (Word files, archives and programs are not accepted).",
            "The file is not a PDF, PNG or JPEG file. Save the document as PDF, or a screenshot of it as PNG or JPEG (Word files, archives and programs are not accepted).",
            "The image is 20000 × 20000 pixels (400 megapixels); it can be at most 16 megapixels. Upload a smaller image.",
            "The evidence file is 5.0 MB; it can be at most 5 MB.",
            UploadCheck.UnreadablePdf,
            "Choose a PDF, PNG or JPEG file to upload.",
        ], refusals);
        Assert.Equal(["contract.pdf"], await app.WithDbAsync(db => db.OutcomeEvidence.Where(e => e.GraduateOutcome!.EnrolmentId == graduate.EnrolmentId).Select(e => e.FileName).ToListAsync(ct)));
    }

    [Fact]
    public void A_pdf_is_known_by_its_signature_and_end_marker_and_only_where_pdfs_are_accepted()
    {
        Assert.True(UploadCheck.TryAccept(Pdf(), EvidenceFiles.Upload, out var accepted, out _));
        Assert.False(UploadCheck.TryAccept(Pdf(), TrainingCenter.Firms.FirmLogo.Upload, out _, out var asLogo));

        Assert.Equal(new AcceptedUpload(UploadFormat.Pdf, 0, 0), accepted);
        Assert.StartsWith("The file is not a PNG or JPEG image.", asLogo);
    }

    /// <summary>A completed cohort of two whose first graduate reports a job at a member firm; returns it and the firm.</summary>
    private static async Task<(ArrangedCohort Cohort, int FirmId)> GraduateWorkingAtAFirmAsync(TrainingCenterApp app)
    {
        var ct = TestContext.Current.CancellationToken;
        var cohort = await app.Cohort().WithTrainees(2).Completed().BuildAsync();
        await app.SponsorshipAsync(cohort.CohortId, "Indus Code", 900_000, reserved: 0, used: 0);
        var firmId = await app.WithDbAsync(db => db.MemberFirms.Where(f => f.ShortName == "Indus Code").Select(f => f.Id).SingleAsync(ct));
        await using var scope = app.CreateScope();
        var refusals = await scope.ServiceProvider.GetRequiredService<OutcomeService>().RecordAsync(cohort.Trainees[0].EnrolmentId,
            new OutcomeReport(OutcomeStatus.EmployedFullTimeInField, EmployerFirmId: firmId, JobTitle: "Junior developer",
                StartedOn: DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-10))), OutcomeSource.SelfReported, null, ct);
        Assert.Empty(refusals);
        return (cohort, firmId);
    }

    private static async Task<HttpResponseMessage> UploadAsync(PageClient client, string path, string fileName, byte[] content, EvidenceKind kind)
    {
        var page = await client.GetAsync(path);
        var form = page.Document.QuerySelector("form#evidence-form") ?? throw new InvalidOperationException($"No evidence form on {path}.");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var body = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(kind.ToString()), "kind" },
            { new ByteArrayContent(content), "evidence", fileName },
        };
        return await client.Http.PostAsync(WebUtility.HtmlDecode(form.GetAttribute("action")!), body, TestContext.Current.CancellationToken);
    }

    private static byte[] Pdf() => Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    private static byte[] Png(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap)) canvas.Clear(SKColors.Teal);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
