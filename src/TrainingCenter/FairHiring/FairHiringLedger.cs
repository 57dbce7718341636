using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;
using TrainingCenter.Outcomes;
using TrainingCenter.Paging;

namespace TrainingCenter.FairHiring;

/// <summary>
/// The fair-hiring ledger: records the training-cost share a member firm's hire owes (in the transaction that confirms or
/// verifies the hire), lists shares and balances, and lets admins settle or waive a share.
/// </summary>
public sealed class FairHiringLedger(AppDbContext db, FairHiringOptions options, TimeProvider clock)
{
    public const string ChangedMeanwhile = "Someone else changed this share while you were looking at it; it is shown as it is now.";

    /// <summary>
    /// Adds the share the hire owes to the context, to be saved with the confirmation or verification, when
    /// <paramref name="outcome"/> is a member-firm placement that is employer-confirmed or staff-verified and owes one.
    /// At most one share per graduate and hiring firm: a corrected or re-verified report of the same hire adds nothing.
    /// </summary>
    public async Task RecordHireAsync(GraduateOutcome outcome, CancellationToken ct)
    {
        if (!outcome.Status.IsPlacement() || outcome.EmployerFirmId is not { } firmId || outcome.StartedOn is not { } startedOn) return;
        if (outcome.EmployerConfirms != true && outcome.VerifiedById is null) return;
        if (await db.TrainingCostShares.AnyAsync(s => s.EnrolmentId == outcome.EnrolmentId && s.HiringFirmId == firmId, ct)) return;
        var cohort = await db.Enrolments.AsNoTracking().Where(e => e.Id == outcome.EnrolmentId)
            .Select(e => new { e.CohortId, e.Cohort!.StartDate, e.Cohort.EndDate })
            .SingleAsync(ct);
        var pledges = await db.Sponsorships.AsNoTracking().Where(s => s.CohortId == cohort.CohortId)
            .OrderBy(s => s.MemberFirmId)
            .Select(s => new SponsorPledge(s.MemberFirmId, s.AmountPledgedPkr))
            .ToListAsync(ct);
        var certified = await db.Certificates.AsNoTracking()
            .CountAsync(c => c.Enrolment!.CohortId == cohort.CohortId && c.RevokedAtUtc == null && c.SupersededAtUtc == null, ct);
        // Certificates are often issued weeks after the end: until the first one, the graduates who completed stand in for them,
        // so a hire confirmed early still shares the cost.
        var countedCompleted = certified == 0;
        var graduates = countedCompleted
            ? await db.Enrolments.AsNoTracking().CountAsync(e => e.CohortId == cohort.CohortId && e.Status == EnrolmentStatus.Completed, ct)
            : certified;
        if (CostShareTerms.Of(cohort.StartDate, cohort.EndDate, startedOn, options.WindowMonths, firmId, pledges, graduates) is not { } terms) return;
        db.TrainingCostShares.Add(new TrainingCostShare(outcome, cohort.CohortId, firmId, cohort.EndDate, startedOn, terms, countedCompleted,
            clock.GetUtcNow().UtcDateTime));
    }

    /// <summary>Shares, newest first, of one firm (as the hiring firm or one owed a part) or of all, in one status or any.</summary>
    /// <param name="withGraduates">Admins see the graduate's name; firms do not (the owed sponsors do not employ them).</param>
    public Task<Paged<CostShareRow>> SharesAsync(int? firmId, CostShareStatus? status, bool withGraduates, PageRequest page, CancellationToken ct)
    {
        var shares = db.TrainingCostShares.AsNoTracking();
        if (firmId is { } firm) shares = shares.Where(s => s.HiringFirmId == firm || s.Parts.Any(p => p.MemberFirmId == firm));
        if (status is { } wanted) shares = shares.Where(s => s.Status == wanted);
        return Paged<CostShareRow>.LoadAsync(shares
            .OrderByDescending(s => s.RecordedAtUtc).ThenByDescending(s => s.Id)
            .Select(s => new CostShareRow(
                s.Id, s.Version, s.Cohort!.Code, s.Cohort.Title, s.HiringFirmId, s.HiringFirm!.Name,
                withGraduates ? s.GraduateOutcome!.Enrolment!.Trainee!.FullName : null,
                s.CohortEndedOn, s.StartedOn, s.WindowMonths, s.MonthsLeft, s.CohortPledgedPkr, s.Certified, s.CountedCompleted, s.HiringFirmPledgedPkr, s.AmountPkr,
                s.RecordedAtUtc, s.Status, s.SettlementReference, s.WaiverReason, s.ClosedAtUtc,
                s.Parts.OrderByDescending(p => p.AmountPkr).ThenBy(p => p.MemberFirmId)
                    .Select(p => new CostSharePartRow(p.MemberFirmId, p.MemberFirm!.Name, p.PledgedPkr, p.AmountPkr)).ToList())), page, ct);
    }

    /// <summary>What each firm owes and is owed on open shares, for one firm or every firm with either.</summary>
    public async Task<IReadOnlyList<FirmBalance>> BalancesAsync(int? firmId, CancellationToken ct)
    {
        var open = db.TrainingCostShares.AsNoTracking().Where(s => s.Status == CostShareStatus.Open);
        var owes = await open.Where(s => firmId == null || s.HiringFirmId == firmId)
            .GroupBy(s => s.HiringFirmId).Select(g => new { FirmId = g.Key, Amount = g.Sum(s => s.AmountPkr) })
            .ToDictionaryAsync(g => g.FirmId, g => g.Amount, ct);
        var owed = await open.SelectMany(s => s.Parts).Where(p => firmId == null || p.MemberFirmId == firmId)
            .GroupBy(p => p.MemberFirmId).Select(g => new { FirmId = g.Key, Amount = g.Sum(p => p.AmountPkr) })
            .ToDictionaryAsync(g => g.FirmId, g => g.Amount, ct);
        var ids = owes.Keys.Union(owed.Keys).Append(firmId ?? 0).ToList();
        var firms = await db.MemberFirms.AsNoTracking().Where(f => ids.Contains(f.Id)).OrderBy(f => f.Name)
            .Select(f => new { f.Id, f.Name }).ToListAsync(ct);
        return [.. firms.Select(f => new FirmBalance(f.Id, f.Name, owes.GetValueOrDefault(f.Id), owed.GetValueOrDefault(f.Id)))];
    }

    /// <returns>Null when there is no such share; otherwise what happened, in words for the admin.</returns>
    public Task<EnrolmentOutcome?> SettleAsync(int shareId, Guid version, string? reference, string byUserId, CancellationToken ct)
    {
        var text = reference?.Trim() ?? "";
        if (text.Length is 0 or > TrainingCostShare.ReferenceLength)
            return Task.FromResult<EnrolmentOutcome?>(EnrolmentOutcome.Refused(
                $"Enter the payment's reference (at most {TrainingCostShare.ReferenceLength} characters) to settle a share."));
        return CloseAsync(shareId, version, share => share.Settle(text, byUserId, clock.GetUtcNow().UtcDateTime), $"Settled with reference {text}.", ct);
    }

    /// <inheritdoc cref="SettleAsync"/>
    public Task<EnrolmentOutcome?> WaiveAsync(int shareId, Guid version, string? reason, string byUserId, CancellationToken ct)
    {
        var text = reason?.Trim() ?? "";
        if (text.Length is 0 or > TrainingCostShare.ReasonLength)
            return Task.FromResult<EnrolmentOutcome?>(EnrolmentOutcome.Refused(
                $"Say why the share is waived (at most {TrainingCostShare.ReasonLength} characters)."));
        return CloseAsync(shareId, version, share => share.Waive(text, byUserId, clock.GetUtcNow().UtcDateTime), "Waived.", ct);
    }

    private async Task<EnrolmentOutcome?> CloseAsync(int shareId, Guid version, Func<TrainingCostShare, string?> close, string done, CancellationToken ct)
    {
        var share = await db.TrainingCostShares.SingleOrDefaultAsync(s => s.Id == shareId, ct);
        if (share is null) return null;
        if (share.Version != version) return EnrolmentOutcome.Refused(StaleReason(share));
        if (close(share) is { } refused) return EnrolmentOutcome.Refused(refused);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var now = await db.TrainingCostShares.AsNoTracking().SingleAsync(s => s.Id == shareId, ct);
            return EnrolmentOutcome.Refused(StaleReason(now));
        }
        return new EnrolmentOutcome(done);
    }

    private static string StaleReason(TrainingCostShare share) => share.Status switch
    {
        CostShareStatus.Settled => $"Another admin already settled this share on {share.ClosedAtUtc:d MMM yyyy} (reference {share.SettlementReference}); nothing was changed.",
        CostShareStatus.Waived => $"Another admin already waived this share on {share.ClosedAtUtc:d MMM yyyy}; nothing was changed.",
        _ => ChangedMeanwhile,
    };
}
