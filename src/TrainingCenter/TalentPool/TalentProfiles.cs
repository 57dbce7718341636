using Microsoft.EntityFrameworkCore;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Outcomes;
using TrainingCenter.Uploads;

namespace TrainingCenter.TalentPool;

/// <summary>
/// A graduate's side of the pool: joining with explicit consent, renewing it, leaving at once, describing themselves,
/// an optional CV, and blocking firms. Every consent, renewal and withdrawal is recorded with its time.
/// </summary>
public sealed class TalentProfiles(AppDbContext db, TalentPoolOptions options, TimeProvider clock)
{
    public const string NotCertified = "Only graduates with a certificate can join the talent pool.";
    public const string NotInPool = "You are not in the talent pool.";

    /// <summary>A CV is checked like every upload, and PDF only: an image of a CV cannot be searched or read aloud.</summary>
    public static readonly UploadRule CvUpload = EvidenceFiles.Upload with
    {
        Noun = "CV",
        Formats = new HashSet<UploadFormat> { UploadFormat.Pdf },
        Expected = "a PDF file",
        Advice = "Save your CV as PDF and upload that.",
    };

    public async Task<TalentOutcome> JoinAsync(int traineeId, TalentDetails details, CancellationToken ct)
    {
        details = details.Normalized();
        if (Refusal(details) is { } refusal) return TalentOutcome.Refused(refusal);
        var profile = await db.TalentProfiles.SingleOrDefaultAsync(p => p.TraineeId == traineeId, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        if (profile is null)
        {
            var certified = await db.Certificates.AsNoTracking()
                .Where(c => c.Enrolment!.TraineeId == traineeId && c.RevokedAtUtc == null && c.SupersededAtUtc == null)
                .OrderByDescending(c => c.IssuedAtUtc)
                .Select(c => new { c.EnrolmentId, c.Enrolment!.Cohort!.EndDate })
                .FirstOrDefaultAsync(ct);
            if (certified is null) return TalentOutcome.Refused(Texts.Get(NotCertified));
            var windowEnds = certified.EndDate.AddDays(1 + options.SponsorFirstDays).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            profile = new TalentProfile(traineeId, certified.EnrolmentId, windowEnds);
            db.TalentProfiles.Add(profile);
        }
        else if (profile.IsConsentedAt(now)) return TalentOutcome.Refused(Texts.Get("You are already in the talent pool."));
        profile.Describe(details);
        profile.Consent(now, options.ConsentPeriod);
        await RecordAsync(profile, TalentConsentKind.Joined, now, ct);
        return new TalentOutcome(Texts.Format("You are in the talent pool until {0}. Firms see your card without your name.", await UntilAsync(profile, ct)));
    }

    public async Task<TalentOutcome> RenewAsync(int traineeId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var profile = await db.TalentProfiles.SingleOrDefaultAsync(p => p.TraineeId == traineeId, ct);
        if (profile is null || !profile.IsConsentedAt(now)) return TalentOutcome.Refused(Texts.Get("You are not in the talent pool. Join again below."));
        profile.Consent(now, options.ConsentPeriod);
        await RecordAsync(profile, TalentConsentKind.Renewed, now, ct);
        return new TalentOutcome(Texts.Format("Renewed: you stay in the talent pool until {0}.", await UntilAsync(profile, ct)));
    }

    /// <summary>When the consent runs out, in the time zone of the cohort the graduate joined from.</summary>
    private async Task<string> UntilAsync(TalentProfile profile, CancellationToken ct) =>
        CohortTime.Format(profile.ConsentedUntilUtc!.Value,
            await db.Enrolments.Where(e => e.Id == profile.EnrolmentId).Select(e => e.Cohort!.TimeZoneId).SingleAsync(ct));

    public async Task<TalentOutcome> LeaveAsync(int traineeId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var profile = await db.TalentProfiles.SingleOrDefaultAsync(p => p.TraineeId == traineeId, ct);
        if (profile is null || profile.WithdrawnAtUtc is not null) return TalentOutcome.Refused(Texts.Get(NotInPool));
        profile.Withdraw(now);
        await RecordAsync(profile, TalentConsentKind.Withdrawn, now, ct);
        return new TalentOutcome(Texts.Get("You have left the talent pool. No firm sees your card any more."));
    }

    public async Task<TalentOutcome> DescribeAsync(int traineeId, TalentDetails details, CancellationToken ct)
    {
        details = details.Normalized();
        if (Refusal(details) is { } refusal) return TalentOutcome.Refused(refusal);
        var profile = await db.TalentProfiles.SingleOrDefaultAsync(p => p.TraineeId == traineeId, ct);
        if (profile is null) return TalentOutcome.Refused(Texts.Get(NotInPool));
        profile.Describe(details);
        await db.SaveChangesAsync(ct);
        return new TalentOutcome(Texts.Get("Saved your profile."));
    }

    /// <returns>Why the file was refused (nothing stored), or the outcome of storing it.</returns>
    public async Task<TalentOutcome> AttachCvAsync(int traineeId, string? fileName, byte[] content, CancellationToken ct)
    {
        if (!UploadCheck.TryAccept(content, CvUpload, out _, out var refusal)) return TalentOutcome.Refused(refusal);
        var profile = await db.TalentProfiles.SingleOrDefaultAsync(p => p.TraineeId == traineeId, ct);
        if (profile is null) return TalentOutcome.Refused(Texts.Get(NotInPool));
        profile.AttachCv(CvName(fileName), content);
        await db.SaveChangesAsync(ct);
        return new TalentOutcome(Texts.Get("Your CV is attached. A firm can open it only after you accept its introduction."));
    }

    public async Task<TalentOutcome> RemoveCvAsync(int traineeId, CancellationToken ct)
    {
        var profile = await db.TalentProfiles.SingleOrDefaultAsync(p => p.TraineeId == traineeId, ct);
        if (profile?.Cv is null) return TalentOutcome.Refused(Texts.Get("There is no CV to remove."));
        profile.RemoveCv();
        await db.SaveChangesAsync(ct);
        return new TalentOutcome(Texts.Get("Your CV is removed."));
    }

    public async Task<TalentOutcome> BlockAsync(int traineeId, int firmId, CancellationToken ct)
    {
        var profileId = await db.TalentProfiles.Where(p => p.TraineeId == traineeId).Select(p => (int?)p.Id).SingleOrDefaultAsync(ct);
        if (profileId is not { } id) return TalentOutcome.Refused(Texts.Get(NotInPool));
        var firm = await db.MemberFirms.AsNoTracking().Where(f => f.Id == firmId).Select(f => f.Name).SingleOrDefaultAsync(ct);
        if (firm is null) return TalentOutcome.Refused(Texts.Get("There is no such firm."));
        if (await db.TalentBlocks.AnyAsync(b => b.TalentProfileId == id && b.MemberFirmId == firmId, ct))
            return TalentOutcome.Refused(Texts.Format("You have already blocked {0}.", firm));
        db.TalentBlocks.Add(new TalentBlock(id, firmId, clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(ct);
        return new TalentOutcome(Texts.Format("{0} no longer sees your card and cannot ask for an introduction.", firm));
    }

    public async Task<TalentOutcome> UnblockAsync(int traineeId, int firmId, CancellationToken ct)
    {
        var removed = await db.TalentBlocks.Where(b => b.MemberFirmId == firmId && db.TalentProfiles.Any(p => p.Id == b.TalentProfileId && p.TraineeId == traineeId)).ExecuteDeleteAsync(ct);
        return removed == 0 ? TalentOutcome.Refused(Texts.Get("That firm is not blocked.")) : new TalentOutcome(Texts.Get("The firm is unblocked."));
    }

    public async Task<TalentOutcome> AnswerAsync(int traineeId, int introductionId, bool accept, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var introduction = await db.Introductions.Include(i => i.MemberFirm)
            .SingleOrDefaultAsync(i => i.Id == introductionId && i.TalentProfile!.TraineeId == traineeId, ct);
        if (introduction is null) return TalentOutcome.Refused(Texts.Get("There is no such introduction request."));
        if (!introduction.IsOpenAt(now)) return TalentOutcome.Refused(Texts.Get("This request has already been answered or has expired."));
        introduction.Answer(accept, now);
        await db.SaveChangesAsync(ct);
        var firm = introduction.MemberFirm!.Name;
        return new TalentOutcome(Texts.Format(accept
            ? "Accepted: {0} now sees your name, email and phone, and you see who asked."
            : "Declined: {0} still does not know who you are.", firm));
    }

    private static string? Refusal(TalentDetails details) =>
        details.Headline.Length == 0 ? Texts.Get("Write a headline: one line firms read first.")
        : details.Headline.Length > TalentProfile.HeadlineLength ? Texts.Format("The headline can be at most {0} characters.", TalentProfile.HeadlineLength)
        : string.Join(",", details.Skills).Length > TalentProfile.SkillsLength ? Texts.Format("The skills can be at most {0} characters together.", TalentProfile.SkillsLength)
        : details.City?.Length > TalentProfile.CityLength ? Texts.Format("The city can be at most {0} characters.", TalentProfile.CityLength)
        : details.PortfolioUrl is { } link && (link.Length > TalentProfile.LinkLength
            || !(Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            ? Texts.Get("Enter the portfolio or GitHub link in full, starting with https://.")
        : null;

    private async Task RecordAsync(TalentProfile profile, TalentConsentKind kind, DateTime now, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        db.TalentConsents.Add(new TalentConsent(profile.Id, kind, now, profile.ConsentedUntilUtc));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    private static string CvName(string? uploaded)
    {
        var stem = Path.GetFileNameWithoutExtension(Path.GetFileName(uploaded?.Replace('\\', '/') ?? ""));
        var clean = new string([.. stem.Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_')]).Trim();
        if (clean.Length == 0) clean = "CV";
        return clean[..Math.Min(clean.Length, TalentProfile.CvFileNameLength - 4)] + ".pdf";
    }
}
