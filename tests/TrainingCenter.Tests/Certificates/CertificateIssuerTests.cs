using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Centres;
using TrainingCenter.Certificates;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;
using UglyToad.PdfPig;

namespace TrainingCenter.Tests.Certificates;

public sealed class CertificateIssuerTests(Apps apps) : IClassFixture<Apps>
{
    private const string AdminId = "test-admin";

    [Theory, AllProviders]
    public async Task Issuing_freezes_the_snapshot_and_stores_the_pdf_with_its_hash(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().ForCertificates(9).Completed().BuildAsync();
        var trainee = lesson.Trainees[0];

        var certificate = await IssueAsync(app, trainee.EnrolmentId);

        var stored = await StoredAsync(app, certificate.Id);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(stored.Pdf)), stored.Certificate.PdfSha256);
        var snapshot = CertificateSnapshot.FromJson(stored.Certificate.SnapshotJson);
        Assert.Equal(trainee.Name, snapshot.TraineeName);
        Assert.Equal(90m, snapshot.AttendancePercent);
        Assert.Equal(("Lahore Centre", "Lahore"), (snapshot.CentreName, snapshot.CentreCity));
        Assert.Equal(2, snapshot.Sponsors.Count);
        Assert.Single(snapshot.Sponsors, s => s.LogoPng is not null);
        Assert.Equal(CertificateCodes.Format(stored.Certificate.VerificationCode), snapshot.VerificationCode);
        Assert.Equal($"{TrainingCenterApp.PublicBaseUrl}/verify/{snapshot.VerificationCode}", snapshot.VerificationUrl);
        Assert.Matches("^[2-9A-HJKMNP-Z]{15}$", stored.Certificate.VerificationCode);
        using var pdf = PdfDocument.Open(stored.Pdf);
        var text = string.Concat(pdf.GetPage(1).Letters.Select(l => l.Value)).Replace(" ", "");
        Assert.Contains(trainee.Name.Replace(" ", ""), text);
        Assert.Contains(stored.Certificate.Serial, text);
        Assert.All(snapshot.Sponsors, s => Assert.Contains(s.Name.Replace(" ", ""), text));
        Assert.Contains("CENTRELahoreCentre,Lahore", text);
    }

    [Theory, AllProviders]
    public async Task A_cohort_printing_in_urdu_freezes_urdu_into_the_certificate_and_a_later_change_leaves_it_so(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().ForCertificates(9).Completed().BuildAsync();
        await PrintInAsync(app, lesson.Code, CertificateLanguage.Urdu);

        var certificate = await IssueAsync(app, lesson.Trainees[0].EnrolmentId);
        await PrintInAsync(app, lesson.Code, CertificateLanguage.English);

        var stored = await StoredAsync(app, certificate.Id);
        Assert.Equal(CertificateLanguage.Urdu, CertificateSnapshot.FromJson(stored.Certificate.SnapshotJson).Language);
        using var pdf = PdfDocument.Open(stored.Pdf);
        Assert.Contains(pdf.GetPage(1).Letters, l => l.FontName?.Contains("NotoNastaliqUrdu", StringComparison.Ordinal) == true);
        Assert.DoesNotContain("Certificate of Completion", string.Concat(pdf.GetPage(1).Letters.Select(l => l.Value)), StringComparison.Ordinal);
    }

    private static Task<int> PrintInAsync(TrainingCenterApp app, string code, CertificateLanguage language) => app.WithDbAsync(async db =>
    {
        (await db.Cohorts.SingleAsync(c => c.Code == code, TestContext.Current.CancellationToken)).CertificateLanguage = language;
        return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    });

    [Theory, AllProviders]
    public async Task Issuing_twice_returns_the_same_certificate_and_tells_the_trainee_once(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().ForCertificates(10).Completed().BuildAsync();
        var enrolmentId = lesson.Trainees[0].EnrolmentId;

        var first = await IssueAsync(app, enrolmentId);
        var second = await IssueAsync(app, enrolmentId);

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(1, await app.WithDbAsync(db => db.Certificates.CountAsync(c => c.EnrolmentId == enrolmentId, TestContext.Current.CancellationToken)));
        var mail = await app.MailToAsync(lesson.Trainees[0].Email);
        var ready = Assert.Single(mail, m => m.Subject?.StartsWith("Your certificate is ready", StringComparison.Ordinal) == true);
        Assert.Contains($"{TrainingCenterApp.PublicBaseUrl}/Me/Certificates", ready.TextBody);
        Assert.Contains(first.Serial, ready.TextBody);
    }

    [Theory, AllProviders]
    public async Task Issuing_at_the_same_time_from_two_places_leaves_one_live_certificate(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().ForCertificates(10).Completed().BuildAsync();
        var enrolmentId = lesson.Trainees[0].EnrolmentId;

        var issued = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => IssueAsync(app, enrolmentId))));

        Assert.Single(issued.Select(c => c.Id).Distinct());
        Assert.Equal(1, await app.WithDbAsync(db => db.Certificates.CountAsync(c => c.EnrolmentId == enrolmentId, TestContext.Current.CancellationToken)));
    }

    [Theory, AllProviders]
    public async Task Serials_follow_one_another_within_a_year_and_track(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().ForCertificates(10, 10, 10).Completed().BuildAsync();

        var serials = new List<string>();
        foreach (var trainee in lesson.Trainees) serials.Add((await IssueAsync(app, trainee.EnrolmentId)).Serial);

        Assert.All(serials, s => Assert.Matches(new Regex(@"^TC-\d{4}-[A-Z]+-\d{6}$"), s));
        var numbers = serials.Select(s => int.Parse(s[^6..], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal([numbers[0], numbers[0] + 1, numbers[0] + 2], numbers);
        Assert.Single(serials.Select(s => s[..^7]).Distinct());
    }

    [Theory, AllProviders]
    public async Task Renaming_the_trainee_and_a_sponsor_after_issue_changes_nothing_in_the_issued_certificate(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var centre = await app.WithDbAsync(async db =>
        {
            var added = new Centre($"Sialkot {Guid.NewGuid():N}"[..20], "Sialkot", "Paris Road, Sialkot", "Asia/Karachi", "sialkot@example.org");
            db.Centres.Add(added);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            return added;
        });
        var lesson = await app.Cohort().AtCentre(centre.Id).ForCertificates(10).Completed().BuildAsync();
        var trainee = lesson.Trainees[0];
        var certificate = await IssueAsync(app, trainee.EnrolmentId);
        var before = await StoredAsync(app, certificate.Id);

        await app.WithDbAsync(async db =>
        {
            var ct = TestContext.Current.CancellationToken;
            (await db.Centres.SingleAsync(c => c.Id == centre.Id, ct)).Change($"Renamed {centre.Name}", "Gujranwala", "Elsewhere", "Asia/Karachi", "-");
            (await db.Enrolments.Where(e => e.Id == trainee.EnrolmentId).Select(e => e.Trainee!).SingleAsync(ct)).FullName = "Renamed Trainee";
            (await db.MemberFirms.SingleAsync(f => f.Id == lesson.FirmIds[0], ct)).Name = "Renamed Firm";
            return await db.SaveChangesAsync(ct);
        });
        var again = await IssueAsync(app, trainee.EnrolmentId);
        var after = await StoredAsync(app, certificate.Id);

        Assert.Equal(certificate.Id, again.Id);
        Assert.Equal(before.Certificate.PdfSha256, after.Certificate.PdfSha256);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(after.Pdf)), after.Certificate.PdfSha256);
        Assert.Equal(before.Certificate.SnapshotJson, after.Certificate.SnapshotJson);
        var frozen = CertificateSnapshot.FromJson(after.Certificate.SnapshotJson);
        Assert.Equal((trainee.Name, centre.Name, "Sialkot"), (frozen.TraineeName, frozen.CentreName, frozen.CentreCity));
    }

    [Theory, AllProviders]
    public async Task Reissuing_gives_a_new_serial_and_code_and_supersedes_the_old_certificate(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().ForCertificates(10).Completed().BuildAsync();
        var enrolmentId = lesson.Trainees[0].EnrolmentId;
        var old = await IssueAsync(app, enrolmentId);

        Certificate replacement;
        await using (var scope = app.CreateScope())
            replacement = await scope.ServiceProvider.GetRequiredService<CertificateIssuer>().ReissueAsync(old.Id, AdminId, TestContext.Current.CancellationToken);

        var all = await app.WithDbAsync(db => db.Certificates.AsNoTracking().Where(c => c.EnrolmentId == enrolmentId).ToListAsync(TestContext.Current.CancellationToken));
        var superseded = all.Single(c => c.Id == old.Id);
        var live = Assert.Single(all, c => c.IsLive);
        Assert.Equal(replacement.Id, live.Id);
        Assert.NotEqual(old.Serial, live.Serial);
        Assert.NotEqual(old.VerificationCode, live.VerificationCode);
        Assert.NotNull(superseded.SupersededAtUtc);
        Assert.Equal(live.Id, superseded.SupersededByCertificateId);
    }

    [Theory, AllProviders]
    public async Task An_ineligible_enrolment_is_refused_with_the_reason_and_gets_no_certificate(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().ForCertificates(7).Completed().BuildAsync();
        var enrolmentId = lesson.Trainees[0].EnrolmentId;

        var refused = await Assert.ThrowsAsync<CertificateEligibilityException>(() => IssueAsync(app, enrolmentId));

        Assert.Contains("rate 70% is below 80%", refused.Message);
        Assert.Equal(0, await app.WithDbAsync(db => db.Certificates.CountAsync(c => c.EnrolmentId == enrolmentId, TestContext.Current.CancellationToken)));
    }

    [Theory, AllProviders]
    public async Task An_override_with_a_reason_lets_a_low_rate_have_its_certificate(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().ForCertificates(5).Completed().BuildAsync();
        var enrolmentId = lesson.Trainees[0].EnrolmentId;
        await app.WithDbAsync(async db =>
        {
            (await db.Enrolments.SingleAsync(e => e.Id == enrolmentId, TestContext.Current.CancellationToken))
                .OverrideCertificateEligibility("Hospitalised for two weeks, work handed in", AdminId);
            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });

        var certificate = await IssueAsync(app, enrolmentId);

        Assert.Equal(50m, CertificateSnapshot.FromJson((await StoredAsync(app, certificate.Id)).Certificate.SnapshotJson).AttendancePercent);
    }

    private async Task<Certificate> IssueAsync(TrainingCenterApp app, int enrolmentId)
    {
        await using var scope = app.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<CertificateIssuer>().IssueAsync(enrolmentId, AdminId, TestContext.Current.CancellationToken);
    }

    private Task<(Certificate Certificate, byte[] Pdf)> StoredAsync(TrainingCenterApp app, int certificateId) => app.WithDbAsync(async db =>
    {
        var certificate = await db.Certificates.AsNoTracking().SingleAsync(c => c.Id == certificateId, TestContext.Current.CancellationToken);
        var pdf = await db.CertificatePdfs.AsNoTracking().Where(p => p.CertificateId == certificateId).Select(p => p.Content)
            .SingleAsync(TestContext.Current.CancellationToken);
        return (certificate, pdf);
    });
}
