using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Links;
using TrainingCenter.Notifications;

namespace TrainingCenter.Certificates;

/// <summary>
/// Issues certificates: checks eligibility, freezes the snapshot, renders and stores the PDF and records the message
/// telling the trainee, all in one transaction; the message's delivery is enqueued once it has committed. Idempotent: the
/// database keeps at most one live certificate per enrolment, and asking again returns the live one (and tells no one again).
/// </summary>
public sealed class CertificateIssuer(
    AppDbContext db, Outbox outbox, CertificatesOptions options, PublicLinks links, TimeProvider clock, ILogger<CertificateIssuer> logger)
{
    public const string ReadyNotificationKind = "certificate-ready";

    /// <summary>The enrolment's live certificate, issued now if it has none.</summary>
    /// <exception cref="CertificateEligibilityException">The enrolment may not have a certificate.</exception>
    public async Task<Certificate> IssueAsync(int enrolmentId, string byUserId, CancellationToken ct) =>
        await LiveAsync(enrolmentId, ct) ?? await CreateAsync(enrolmentId, replacing: null, byUserId, ct);

    /// <summary>
    /// A new certificate (new serial and code) for the enrolment of <paramref name="certificateId"/>, which becomes
    /// superseded by it. For admins only: the caller checks.
    /// </summary>
    /// <exception cref="CertificateEligibilityException">The enrolment may not have a certificate any more.</exception>
    /// <exception cref="InvalidOperationException">The certificate was already superseded.</exception>
    public async Task<Certificate> ReissueAsync(int certificateId, string byUserId, CancellationToken ct)
    {
        var old = await db.Certificates.AsNoTracking().SingleOrDefaultAsync(c => c.Id == certificateId, ct)
            ?? throw new InvalidOperationException($"There is no certificate {certificateId}.");
        if (old.SupersededAtUtc is not null) throw new InvalidOperationException($"Certificate {old.Serial} was already superseded.");
        return await CreateAsync(old.EnrolmentId, replacing: certificateId, byUserId, ct);
    }

    private Task<Certificate?> LiveAsync(int enrolmentId, CancellationToken ct) => db.Certificates.AsNoTracking()
        .SingleOrDefaultAsync(c => c.EnrolmentId == enrolmentId && c.RevokedAtUtc == null && c.SupersededAtUtc == null, ct);

    private async Task<Certificate> CreateAsync(int enrolmentId, int? replacing, string byUserId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var eligibility = await CertificateEligibility.ForEnrolmentAsync(db, enrolmentId, now, ct)
            ?? throw new CertificateEligibilityException($"There is no enrolment {enrolmentId}.");
        if (eligibility.WhyNot is { } whyNot) throw new CertificateEligibilityException($"{eligibility.TraineeName}: {whyNot}.");

        var about = await db.Enrolments.AsNoTracking()
            .Where(e => e.Id == enrolmentId)
            .Select(e => new
            {
                e.Trainee!.FullName, e.CohortId, e.Cohort!.Title, e.Cohort.StartDate, e.Cohort.EndDate, e.Cohort.TimeZoneId,
                Track = e.Cohort.Track!.Name, TrackCode = e.Cohort.Track.Code, Centre = e.Cohort.Centre!.Name, e.Cohort.Centre.City,
                e.Cohort.CertificateLanguage,
            })
            .SingleAsync(ct);
        var sponsors = await db.Sponsorships.AsNoTracking()
            .Where(s => s.CohortId == about.CohortId)
            .OrderBy(s => s.MemberFirm!.Name).ThenBy(s => s.MemberFirmId)
            .Select(s => new CertificateSponsor(s.MemberFirm!.Name, s.MemberFirm.Logo))
            .ToListAsync(ct);
        if (sponsors.Count is < 1 or > CertificateSnapshot.MaxSponsors)
            throw new CertificateEligibilityException(
                $"A certificate names 1 to {CertificateSnapshot.MaxSponsors} sponsor firms; this cohort has {sponsors.Count}.");
        var centerLogo = options.CenterLogoPath is { Length: > 0 } path && File.Exists(path) ? await File.ReadAllBytesAsync(path, ct) : null;
        var issuedOn = DateOnly.FromDateTime(CohortTime.ToLocal(now, about.TimeZoneId));
        var serialKey = CertificateCodes.SerialKey(issuedOn.Year, about.TrackCode);
        await CertificateCodes.EnsureSerialCounterAsync(db, serialKey, ct);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            if (replacing is { } oldId)
            {
                var old = await db.Certificates.SingleAsync(c => c.Id == oldId, ct);
                old.Supersede(now);
                await db.SaveChangesAsync(ct);
            }
            var serial = CertificateCodes.Serial(issuedOn.Year, about.TrackCode, await CertificateCodes.NextSerialNumberAsync(db, serialKey, ct));
            var code = CertificateCodes.Generate();
            var snapshot = new CertificateSnapshot(
                about.FullName, about.Title, about.Track, about.StartDate, about.EndDate, eligibility.Rate.Percent ?? 0,
                sponsors, options.SignatoriesOrDefault, serial, CertificateCodes.Format(code), links.Verification(code),
                issuedOn, options.CenterName, centerLogo, about.Centre, about.City, about.CertificateLanguage);
            var pdf = new CertificateDocument(snapshot).ToPdf();
            var certificate = new Certificate(enrolmentId, serial, code, now, snapshot.ToJson());
            certificate.AttachPdf(pdf, Convert.ToHexStringLower(SHA256.HashData(pdf)));
            db.Certificates.Add(certificate);
            await db.SaveChangesAsync(ct);
            if (replacing is { } replacedId)
            {
                (await db.Certificates.SingleAsync(c => c.Id == replacedId, ct)).SupersededBy(certificate.Id);
                await db.SaveChangesAsync(ct);
            }
            var told = await NoticeAsync(certificate, ct);
            await transaction.CommitAsync(ct);
            outbox.Deliver(told);
            // Jobs have no signed-in user for the audit stamps, so the log names who asked.
            logger.LogInformation("Certificate {Serial} issued for enrolment {EnrolmentId} at the request of {UserId}, replacing {ReplacedId}",
                serial, enrolmentId, byUserId, replacing);
            return certificate;
        }
        catch (DbUpdateException error) when (replacing is null)
        {
            // Someone else issued this enrolment's certificate meanwhile: the unique index kept theirs; return it.
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return await LiveAsync(enrolmentId, ct) ?? throw new InvalidOperationException(
                $"Issuing the certificate of enrolment {enrolmentId} failed, and it has no live certificate.", error);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Records the "certificate ready" message, under a key of its own, in the transaction that issues the certificate.</summary>
    private Task<IReadOnlyList<int>> NoticeAsync(Certificate certificate, CancellationToken ct) =>
        CertificateHolderNotice.AddAsync(db, outbox, certificate, ReadyNotificationKind, clock.GetUtcNow().UtcDateTime, ct);
}
