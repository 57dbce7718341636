using Microsoft.EntityFrameworkCore;
using TrainingCenter.Certificates;
using TrainingCenter.Data;
using TrainingCenter.Paging;

namespace TrainingCenter.TalentPool;

/// <summary>What a recruiter searches the pool by; every part optional.</summary>
public sealed record TalentFilter(int? TrackId, string? Skill, string? City, DateOnly? AvailableBy);

/// <summary>A pseudonymous card as a firm sees it in a list: nothing that names or reaches the graduate.</summary>
public sealed record TalentCard(
    string Pseudonym, string Headline, IReadOnlyList<string> Skills, string? City, bool WillingToRelocate, DateOnly? AvailableFrom,
    string Track, string CohortCode);

/// <summary>A card in full for one firm: vouched facts, the firm's requests, and contact details only once accepted.</summary>
public sealed record TalentCardDetail(
    TalentCard Card, string? PortfolioUrl, string CohortTitle, DateOnly CohortEnd, decimal AttendancePercent, string VerificationCode,
    IReadOnlyList<FirmIntroduction> Requests, TalentContact? Contact, bool HasCv);

/// <param name="IsOpen">Still waiting for the graduate's answer.</param>
public sealed record FirmIntroduction(DateTime RequestedAtUtc, string RequestedBy, IntroductionStatus Status, DateTime ExpiresAtUtc, bool IsOpen);

/// <summary>Who the graduate is: shown to a firm only after the graduate accepted that firm's introduction.</summary>
public sealed record TalentContact(string Name, string Email, string? Phone);

/// <summary>A graduate who accepted one of the firm's introductions.</summary>
public sealed record AcceptedIntroduction(string Pseudonym, string Name, string Email, string? Phone, DateTime AnsweredAtUtc);

/// <summary>The recruiter's view of the pool, always through <see cref="TalentVisibility.To"/>.</summary>
public sealed class TalentSearch(AppDbContext db, TimeProvider clock)
{
    public async Task<Paged<TalentCard>> SearchAsync(int firmId, TalentFilter filter, PageRequest page, CancellationToken ct)
    {
        var profiles = TalentVisibility.To(db, firmId, clock.GetUtcNow().UtcDateTime).AsNoTracking();
        if (filter.TrackId is { } trackId) profiles = profiles.Where(p => p.Enrolment!.Cohort!.TrackId == trackId);
        if (filter.Skill?.Trim().ToLowerInvariant() is { Length: > 0 } skill)
            profiles = profiles.Where(p => ("," + p.Skills + ",").Contains("," + skill + ","));
        if (filter.City?.Trim().ToLowerInvariant() is { Length: > 0 } city) profiles = profiles.Where(p => p.City != null && p.City.ToLower() == city);
        if (filter.AvailableBy is { } by) profiles = profiles.Where(p => p.AvailableFrom == null || p.AvailableFrom <= by);
        var rows = await Paged<CardRow>.LoadAsync(profiles.OrderByDescending(p => p.ConsentedUntilUtc).ThenBy(p => p.Id).Select(Row), page, ct);
        return new Paged<TalentCard>([.. rows.Items.Select(r => r.ToCard(firmId))], rows.Number, rows.Size, rows.Total);
    }

    /// <returns>Null when the firm does not see a graduate under that pseudonym now.</returns>
    public async Task<TalentCardDetail?> CardAsync(int firmId, string pseudonym, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (await FindAsync(db, firmId, pseudonym, now, ct) is not { } id) return null;
        var profile = await db.TalentProfiles.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new
            {
                Row = new CardRow(p.PseudonymKey, p.Headline, p.Skills, p.City, p.WillingToRelocate, p.AvailableFrom,
                    p.Enrolment!.Cohort!.Track!.Name, p.Enrolment.Cohort.Code),
                p.PortfolioUrl, p.Enrolment.Cohort.Title, p.Enrolment.Cohort.EndDate, HasCv = p.Cv != null,
                Certificate = p.Enrolment.Certificates.Where(c => c.RevokedAtUtc == null && c.SupersededAtUtc == null)
                    .Select(c => new { c.VerificationCode, c.SnapshotJson }).First(),
                Name = p.Trainee!.FullName, p.Trainee.User!.Email, p.Trainee.Phone,
            })
            .SingleAsync(ct);
        var requests = await db.Introductions.AsNoTracking()
            .Where(i => i.TalentProfileId == id && i.MemberFirmId == firmId)
            .OrderByDescending(i => i.RequestedAtUtc)
            .Select(i => new FirmIntroduction(i.RequestedAtUtc, i.RequestedBy!.DisplayName, i.Status, i.ExpiresAtUtc, i.Status == IntroductionStatus.Pending && i.ExpiresAtUtc > now))
            .ToListAsync(ct);
        var accepted = requests.Any(r => r.Status == IntroductionStatus.Accepted);
        return new TalentCardDetail(profile.Row.ToCard(firmId), profile.PortfolioUrl, profile.Title, profile.EndDate,
            CertificateSnapshot.FromJson(profile.Certificate.SnapshotJson).AttendancePercent, profile.Certificate.VerificationCode, requests,
            accepted ? new TalentContact(profile.Name, profile.Email ?? "", profile.Phone) : null, profile.HasCv);
    }

    /// <summary>The CV of a graduate who accepted the firm's introduction and whom the firm still sees; null otherwise.</summary>
    public async Task<(string FileName, byte[] Content)?> CvAsync(int firmId, string pseudonym, CancellationToken ct)
    {
        if (await FindAsync(db, firmId, pseudonym, clock.GetUtcNow().UtcDateTime, ct) is not { } id) return null;
        var cv = await db.TalentProfiles.AsNoTracking()
            .Where(p => p.Id == id && p.Cv != null
                && db.Introductions.Any(i => i.TalentProfileId == id && i.MemberFirmId == firmId && i.Status == IntroductionStatus.Accepted))
            .Select(p => new { p.CvFileName, p.Cv })
            .SingleOrDefaultAsync(ct);
        return cv is null ? null : (cv.CvFileName ?? "CV.pdf", cv.Cv!);
    }

    /// <summary>Everyone who accepted one of the firm's introductions, with their contact details, newest first.</summary>
    public async Task<IReadOnlyList<AcceptedIntroduction>> AcceptedAsync(int firmId, CancellationToken ct)
    {
        var rows = await db.Introductions.AsNoTracking()
            .Where(i => i.MemberFirmId == firmId && i.Status == IntroductionStatus.Accepted)
            .OrderByDescending(i => i.AnsweredAtUtc)
            .Select(i => new { i.TalentProfile!.PseudonymKey, i.TalentProfile.Trainee!.FullName, i.TalentProfile.Trainee.User!.Email, i.TalentProfile.Trainee.Phone, i.AnsweredAtUtc })
            .ToListAsync(ct);
        return [.. rows.Select(r => new AcceptedIntroduction(TalentVisibility.Pseudonym(r.PseudonymKey, firmId), r.FullName, r.Email ?? "", r.Phone, r.AnsweredAtUtc!.Value))];
    }

    /// <summary>The profile the firm sees under <paramref name="pseudonym"/> at <paramref name="nowUtc"/>, or null.</summary>
    public static async Task<int?> FindAsync(AppDbContext db, int firmId, string pseudonym, DateTime nowUtc, CancellationToken ct)
    {
        var visible = await TalentVisibility.To(db, firmId, nowUtc).AsNoTracking().Select(p => new { p.Id, p.PseudonymKey }).ToListAsync(ct);
        return visible.Where(p => TalentVisibility.Pseudonym(p.PseudonymKey, firmId) == pseudonym).Select(p => (int?)p.Id).FirstOrDefault();
    }

    private static readonly System.Linq.Expressions.Expression<Func<TalentProfile, CardRow>> Row = p => new CardRow(
        p.PseudonymKey, p.Headline, p.Skills, p.City, p.WillingToRelocate, p.AvailableFrom, p.Enrolment!.Cohort!.Track!.Name, p.Enrolment.Cohort.Code);

    private sealed record CardRow(
        byte[] PseudonymKey, string Headline, string Skills, string? City, bool WillingToRelocate, DateOnly? AvailableFrom, string Track, string CohortCode)
    {
        public TalentCard ToCard(int firmId) => new(TalentVisibility.Pseudonym(PseudonymKey, firmId), Headline, TalentDetails.SplitSkills(Skills),
            City, WillingToRelocate, AvailableFrom, Track, CohortCode);
    }
}
