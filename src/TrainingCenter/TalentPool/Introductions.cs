using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Notifications;

namespace TrainingCenter.TalentPool;

/// <summary>
/// A recruiter's introduction requests: only to a graduate the firm sees now, one open request per graduate, at most
/// <see cref="TalentPoolOptions.RequestsPerWeek"/> from one firm in any 7 days; the graduate is emailed in the same
/// transaction that records the request.
/// </summary>
public sealed class Introductions(AppDbContext db, Outbox outbox, TalentPoolOptions options, TimeProvider clock)
{
    public const string RequestKind = "talent-introduction";

    public static string Key(int introductionId) => $"{RequestKind}:{introductionId}";

    public static int IdOf(string key) => int.Parse(key[(RequestKind.Length + 1)..], CultureInfo.InvariantCulture);

    /// <returns>Null when the firm does not see a graduate under <paramref name="pseudonym"/>.</returns>
    public async Task<TalentOutcome?> RequestAsync(int firmId, string userId, string pseudonym, string message, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (await TalentSearch.FindAsync(db, firmId, pseudonym, now, ct) is not { } profileId) return null;
        message = message.Trim();
        if (message.Length == 0) return TalentOutcome.Refused("Write a message: say who you are and why you would like to talk.");
        if (message.Length > Introduction.MessageLength) return TalentOutcome.Refused($"The message can be at most {Introduction.MessageLength} characters.");
        if (await db.Introductions.AnyAsync(i => i.TalentProfileId == profileId && i.MemberFirmId == firmId
                && i.Status == IntroductionStatus.Pending && i.ExpiresAtUtc > now, ct))
            return TalentOutcome.Refused("Your firm already has a request waiting for this graduate's answer.");
        var weekAgo = now.AddDays(-7);
        var sent = await db.Introductions.CountAsync(i => i.MemberFirmId == firmId && i.RequestedAtUtc > weekAgo, ct);
        if (sent >= options.RequestsPerWeek)
            return TalentOutcome.Refused(string.Create(CultureInfo.InvariantCulture,
                $"Your firm has sent {sent} introduction requests in the last 7 days, the most it may. Try again later."));

        var graduate = await db.TalentProfiles.AsNoTracking().Where(p => p.Id == profileId)
            .Select(p => new { p.Trainee!.UserId, Email = p.Trainee.User!.Email, p.Enrolment!.Cohort!.TimeZoneId }).SingleAsync(ct);
        var introduction = new Introduction(profileId, firmId, userId, message, now);
        IReadOnlyList<int> told = [];
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            db.Introductions.Add(introduction);
            await db.SaveChangesAsync(ct);
            if (graduate.Email is { } email)
                told = await outbox.AddAsync([new Notification(Key(introduction.Id), RequestKind, email, now) { RecipientUserId = graduate.UserId, MemberFirmId = firmId }], ct);
            await transaction.CommitAsync(ct);
        }
        outbox.Deliver(told);
        return new TalentOutcome(
            $"Request sent. The graduate has until {CohortTime.Format(introduction.ExpiresAtUtc, graduate.TimeZoneId)} to answer; you see their name and contact details only if they accept.");
    }
}
