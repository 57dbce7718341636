using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Links;
using TrainingCenter.Notifications;

namespace TrainingCenter.Enrolments;

/// <summary>
/// Sponsor firms invite people into their reserved seats; the invited person accepts with the emailed link. Each message is
/// recorded in the transaction of the change it announces and enqueued for delivery once that has committed.
/// </summary>
public sealed class NominationService(AppDbContext db, SeatLedger seats, EnrolmentNotices notices, Outbox outbox, TimeProvider clock)
{
    public static readonly TimeSpan InvitationLifetime = TimeSpan.FromDays(14);

    /// <summary>Invites <paramref name="email"/> to one of <paramref name="firmId"/>'s reserved seats; the invitation is emailed by the delivery job.</summary>
    public async Task<EnrolmentOutcome> NominateAsync(int cohortId, int firmId, string email, string byUserId, CancellationToken ct)
    {
        email = email.Trim();
        var normalized = Nomination.NormalizeEmail(email);
        var now = clock.GetUtcNow().UtcDateTime;
        var sponsorship = await db.Sponsorships.AsNoTracking()
            .Where(s => s.CohortId == cohortId && s.MemberFirmId == firmId)
            .Select(s => new
            {
                s.ReservedSeats, s.ReservedSeatsUsed, s.Cohort!.Title, s.Cohort.Status, FirmName = s.MemberFirm!.Name,
                Pending = db.Nominations.Count(n => n.CohortId == cohortId && n.MemberFirmId == firmId
                    && n.AcceptedAtUtc == null && n.CancelledAtUtc == null && n.ExpiresAtUtc > now),
                AlreadyInvited = db.Nominations.Any(n => n.CohortId == cohortId && n.NormalizedEmail == normalized
                    && n.AcceptedAtUtc == null && n.CancelledAtUtc == null && n.ExpiresAtUtc > now),
            })
            .SingleOrDefaultAsync(ct);
        if (sponsorship is null) return EnrolmentOutcome.Refused(Texts.Get("Your firm does not sponsor that cohort."));
        if (sponsorship.Status is not (CohortStatus.Open or CohortStatus.InProgress))
            return EnrolmentOutcome.Refused(Texts.Format("{0} is not taking trainees.", sponsorship.Title));
        if (sponsorship.AlreadyInvited) return EnrolmentOutcome.Refused(Texts.Format("{0} already has a pending invitation to {1}.", Texts.LeftToRight(email), sponsorship.Title));
        if (sponsorship.ReservedSeatsUsed + sponsorship.Pending >= sponsorship.ReservedSeats)
            return EnrolmentOutcome.Refused(
                Texts.Format("All {0} seats reserved for {1} in {2} are taken or already offered.", sponsorship.ReservedSeats, sponsorship.FirmName, sponsorship.Title));

        var token = InvitationToken.New();
        var nomination = new Nomination(cohortId, firmId, email, token, byUserId, now + InvitationLifetime);
        IReadOnlyList<int> told;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            db.Nominations.Add(nomination);
            await db.SaveChangesAsync(ct);
            const string kind = NominationComposer.NotificationKind;
            told = await outbox.AddAsync([new Notification($"{kind}:{nomination.Id}", kind, email, now)
            {
                CohortId = cohortId,
                MemberFirmId = firmId,
                NominationId = nomination.Id,
            }], ct);
            await transaction.CommitAsync(ct);
        }
        outbox.Deliver(told);
        return new EnrolmentOutcome(
            Texts.Format("{0} is invited to a reserved seat in {1}; the link works until {2}.", Texts.LeftToRight(email), sponsorship.Title,
                Texts.LeftToRight(nomination.ExpiresAtUtc.ToString("d MMM yyyy HH:mm", CultureInfo.InvariantCulture) + " UTC")));
    }

    /// <summary>The invited trainee takes the reserved seat (an earlier application of theirs to the cohort becomes the enrolment).</summary>
    public async Task<EnrolmentOutcome> AcceptAsync(string token, string userId, CancellationToken ct)
    {
        var nomination = await db.Nominations.Include(n => n.Cohort).SingleOrDefaultAsync(n => n.Token == token, ct);
        if (nomination is null) return EnrolmentOutcome.Refused(Texts.Get("This invitation is no longer valid."));
        var now = clock.GetUtcNow().UtcDateTime;
        if (nomination.Refusal(now) is { } refusal) return EnrolmentOutcome.Refused(refusal);
        var trainee = await db.Trainees.Where(t => t.UserId == userId).Select(t => new { t.Id, t.User!.Email }).SingleOrDefaultAsync(ct);
        if (trainee is null) return EnrolmentOutcome.Refused(Texts.Get("Only trainees can take a seat. Please register as a trainee first."));
        if (!string.Equals(trainee.Email, nomination.Email, StringComparison.OrdinalIgnoreCase))
            return EnrolmentOutcome.Refused(Texts.Format("This invitation is for {0}. Log in with that address to accept it.", Texts.LeftToRight(nomination.Email)));
        var cohort = nomination.Cohort!;
        if (cohort.Status is not (CohortStatus.Open or CohortStatus.InProgress))
            return EnrolmentOutcome.Refused(Texts.Format("{0} is not taking trainees.", cohort.Title));

        var enrolment = await db.Enrolments.SingleOrDefaultAsync(e => e.CohortId == cohort.Id && e.TraineeId == trainee.Id, ct);
        if (enrolment is { Status: EnrolmentStatus.Enrolled or EnrolmentStatus.Completed })
            return EnrolmentOutcome.Refused(Texts.Format("You already hold a seat in {0}.", cohort.Title));
        if (enrolment is not null && !enrolment.CanMoveTo(EnrolmentStatus.Enrolled))
            return EnrolmentOutcome.Refused(Texts.Format("Your place in {0} is {1}; please contact the training center.", cohort.Title, enrolment.Status.DisplayName()));

        IReadOnlyList<int> told;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            if (!await seats.TryTakeReservedSeatAsync(cohort.Id, nomination.MemberFirmId, ct))
                return EnrolmentOutcome.Refused(Texts.Get("The firm's reserved seats are all taken."));
            if (enrolment is null)
            {
                enrolment = new Enrolment(cohort.Id, trainee.Id, now, userId);
                db.Enrolments.Add(enrolment);
            }
            enrolment.NominatedByFirmId = nomination.MemberFirmId;
            enrolment.MoveTo(EnrolmentStatus.Enrolled, now, userId, "Took a seat reserved by a sponsor firm");
            nomination.Accept(enrolment, now);
            await db.SaveChangesAsync(ct);
            told = await notices.AddAsync([(enrolment.Id, EnrolmentNotice.Enrolled)], ct);
            await transaction.CommitAsync(ct);
        }
        outbox.Deliver(told);
        return new EnrolmentOutcome(Texts.Format("You are enrolled in {0} in a seat reserved by your sponsor.", cohort.Title));
    }

    public async Task<EnrolmentOutcome> CancelAsync(int nominationId, int? firmId, CancellationToken ct)
    {
        var nomination = await db.Nominations
            .SingleOrDefaultAsync(n => n.Id == nominationId && (firmId == null || n.MemberFirmId == firmId), ct);
        var now = clock.GetUtcNow().UtcDateTime;
        if (nomination is null || !nomination.IsPendingAt(now)) return EnrolmentOutcome.Refused(Texts.Get("There is no such pending invitation."));
        nomination.Cancel(now);
        await db.SaveChangesAsync(ct);
        return new EnrolmentOutcome(Texts.Format("The invitation to {0} is cancelled.", Texts.LeftToRight(nomination.Email)));
    }
}
