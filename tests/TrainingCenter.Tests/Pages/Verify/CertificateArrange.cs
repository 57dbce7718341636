using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Pages.Verify;

/// <summary>Certificates put straight into the database, with real rendered PDFs, independent of how issuing is done.</summary>
public static class CertificateArrange
{
    /// <summary>Completes a new enrolment of the trainee with <paramref name="email"/> in the cohort and issues its certificate.</summary>
    public static Task<ArrangedCertificate> IssuedCertificateAsync(this TrainingCenterApp app, string cohortCode, string email)
    {
        var ct = TestContext.Current.CancellationToken;
        return app.WithDbAsync(async db =>
        {
            var cohortId = await db.Cohorts.Where(c => c.Code == cohortCode).Select(c => c.Id).SingleAsync(ct);
            var trainee = await db.Trainees.SingleAsync(t => t.User!.Email == email, ct);
            var now = DateTime.UtcNow;
            var enrolment = new Enrolment(cohortId, trainee.Id, now.AddDays(-90), trainee.UserId);
            enrolment.MoveTo(EnrolmentStatus.Enrolled, now.AddDays(-80), trainee.UserId);
            enrolment.MoveTo(EnrolmentStatus.Completed, now.AddDays(-1), null);
            db.Enrolments.Add(enrolment);
            await db.SaveChangesAsync(ct);
            return await AddCertificateAsync(db, cohortCode, enrolment.Id, trainee.FullName, ct);
        });
    }

    /// <summary>Supersedes <paramref name="old"/> with a new certificate for the same enrolment, as re-issuing does.</summary>
    public static Task<ArrangedCertificate> ReissuedAsync(this TrainingCenterApp app, ArrangedCertificate old)
    {
        var ct = TestContext.Current.CancellationToken;
        return app.WithDbAsync(async db =>
        {
            var certificate = await db.Certificates.SingleAsync(c => c.Id == old.Id, ct);
            certificate.Supersede(DateTime.UtcNow);
            await db.SaveChangesAsync(ct);
            var cohortCode = await db.Enrolments.Where(e => e.Id == old.EnrolmentId).Select(e => e.Cohort!.Code).SingleAsync(ct);
            var replacement = await AddCertificateAsync(db, cohortCode, old.EnrolmentId, old.HolderName, ct);
            certificate.SupersededBy(replacement.Id);
            await db.SaveChangesAsync(ct);
            return replacement;
        });
    }

    public static Task RevokedAsync(this TrainingCenterApp app, ArrangedCertificate certificate, string category, string reason)
    {
        var ct = TestContext.Current.CancellationToken;
        return app.WithDbAsync(async db =>
        {
            var revoked = await db.Certificates.SingleAsync(c => c.Id == certificate.Id, ct);
            revoked.Revoke(category, reason, DateTime.UtcNow);
            return await db.SaveChangesAsync(ct);
        });
    }

    private static async Task<ArrangedCertificate> AddCertificateAsync(AppDbContext db, string cohortCode, int enrolmentId, string holderName, CancellationToken ct)
    {
        var centre = await db.Cohorts.Where(c => c.Code == cohortCode).Select(c => new { c.Centre!.Name, c.Centre.City }).SingleAsync(ct);
        var certificate = TestCertificates.Create(enrolmentId, holderName, $"Test cohort {cohortCode}", DateTime.UtcNow, (centre.Name, centre.City), withPdf: true);
        db.Certificates.Add(certificate);
        await db.SaveChangesAsync(ct);
        return TestCertificates.Arranged(certificate, holderName);
    }
}
