using Microsoft.EntityFrameworkCore;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;
using TrainingCenter.Outcomes;
using TrainingCenter.Paging;

namespace TrainingCenter.FairHiring;

/// <summary>
/// The fair-hiring ledger: records the training-cost share a member firm's hire owes, and recomputes or withdraws it when the
/// hire is corrected or denied (in the transaction that changes the report), lists shares and balances, and lets admins
/// settle or waive a share.
/// </summary>
public sealed class FairHiringLedger(AppDbContext db, FairHiringOptions options, TimeProvider clock)
{
    public const string ChangedMeanwhile = "Someone else changed this share while you were looking at it; it is shown as it is now.";

    /// <summary>
    /// Brings the ledger in line with a report just recorded, verified, confirmed or denied, in the context, to be saved with it.
    /// A member-firm placement that is employer-confirmed or staff-verified (after any denial) owes a share: one per graduate and
    /// hiring firm, so a re-verified report of the same hire adds nothing. A correction, or the employer's denial, of a hire
    /// with an open share recomputes it (same firm, e.g. another start date) or withdraws it (another employer, no longer a
    /// confirmed placement, a start past the window). Settled and waived shares are history and never change.
    /// </summary>
    public async Task ReconcileAsync(GraduateOutcome outcome, CancellationToken ct)
    {
        var hiringFirmId = CountsAsHire(outcome) ? outcome.EmployerFirmId : null;
        var shares = await db.TrainingCostShares.Include(s => s.Parts)
            .Where(s => s.EnrolmentId == outcome.EnrolmentId)
            .ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        // Only a correction, or a change to the very report a share stands on, undoes a hire: a later job does not.
        foreach (var share in shares.Where(s => s.Status == CostShareStatus.Open && s.HiringFirmId != hiringFirmId
                     && (outcome.Corrects || s.GraduateOutcomeId == outcome.Id)))
            share.Withdraw(now);
        if (hiringFirmId is not { } firmId) return;
        var existing = shares.SingleOrDefault(s => s.HiringFirmId == firmId);
        if (existing is { Status: CostShareStatus.Settled or CostShareStatus.Waived }) return;
        // An open share of the same firm is worked out again only when this report replaces the one it stands on.
        if (existing is { Status: CostShareStatus.Open } && !outcome.Corrects && existing.GraduateOutcomeId != outcome.Id) return;
        var computed = await TermsAsync(outcome, firmId, ct);
        if (computed is not var (cohort, terms, countedCompleted))
        {
            if (existing is { Status: CostShareStatus.Open }) existing.Withdraw(now);
            return;
        }
        if (existing is null)
            db.TrainingCostShares.Add(new TrainingCostShare(outcome, cohort.CohortId, firmId, cohort.EndDate, outcome.StartedOn!.Value, terms,
                countedCompleted, now));
        else existing.Recompute(outcome, outcome.StartedOn!.Value, terms, countedCompleted, now);
    }

    /// <summary>
    /// A member-firm placement vouched for: confirmed by the employer, or verified (by staff or as the employer's word) with
    /// no denial from the employer since.
    /// </summary>
    private static bool CountsAsHire(GraduateOutcome outcome) =>
        outcome.Status.IsPlacement() && outcome.EmployerFirmId is not null && outcome.StartedOn is not null
        && (outcome.EmployerConfirms == true
            || (outcome.VerifiedAtUtc is { } verifiedAt && (outcome.EmployerConfirms is null || verifiedAt > outcome.EmployerAnsweredAtUtc)));

    private async Task<((int CohortId, DateOnly EndDate) Cohort, CostShareTerms Terms, bool CountedCompleted)?> TermsAsync(
        GraduateOutcome outcome, int firmId, CancellationToken ct)
    {
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
        return CostShareTerms.Of(cohort.StartDate, cohort.EndDate, outcome.StartedOn!.Value, options.WindowMonths, firmId, pledges, graduates) is { } terms
            ? ((cohort.CohortId, cohort.EndDate), terms, countedCompleted)
            : null;
    }

    /// <summary>
    /// Shares, newest first, of one firm (as the hiring firm or one owed a part) or of all, in one status or any, or just the
    /// one share a hire links to.
    /// </summary>
    /// <param name="withGraduates">Admins see the graduate's name; firms do not (the owed sponsors do not employ them).</param>
    public Task<Paged<CostShareRow>> SharesAsync(int? firmId, CostShareStatus? status, int? shareId, bool withGraduates, PageRequest page, CancellationToken ct)
    {
        var shares = db.TrainingCostShares.AsNoTracking();
        if (firmId is { } firm) shares = shares.Where(s => s.HiringFirmId == firm || s.Parts.Any(p => p.MemberFirmId == firm));
        if (status is { } wanted) shares = shares.Where(s => s.Status == wanted);
        if (shareId is { } id) shares = shares.Where(s => s.Id == id);
        return Paged<CostShareRow>.LoadAsync(shares
            .OrderByDescending(s => s.RecordedAtUtc).ThenByDescending(s => s.Id)
            .Select(s => new CostShareRow(
                s.Id, s.Version, s.Cohort!.Code, s.Cohort.Title, s.HiringFirmId, s.HiringFirm!.Name,
                withGraduates ? s.GraduateOutcome!.Enrolment!.Trainee!.FullName : null,
                s.CohortEndedOn, s.StartedOn, s.WindowMonths, s.MonthsLeft, s.CohortPledgedPkr, s.Certified, s.CountedCompleted, s.HiringFirmPledgedPkr, s.AmountPkr,
                s.RecordedAtUtc, s.Status, s.SettlementReference, s.WaiverReason, s.ClosedAtUtc, s.Cohort.TimeZoneId,
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
    public Task<CostShareOutcome?> SettleAsync(int shareId, Guid version, string? reference, string byUserId, CancellationToken ct)
    {
        var text = reference?.Trim() ?? "";
        if (text.Length is 0 or > TrainingCostShare.ReferenceLength)
            return Task.FromResult<CostShareOutcome?>(CostShareOutcome.Refused(
                Texts.Format("Enter the payment's reference (at most {0} characters) to settle a share.", TrainingCostShare.ReferenceLength)));
        return CloseAsync(shareId, version, share => share.Settle(text, byUserId, clock.GetUtcNow().UtcDateTime), Texts.Format("Settled with reference {0}.", Texts.LeftToRight(text)), ct);
    }

    /// <inheritdoc cref="SettleAsync"/>
    public Task<CostShareOutcome?> WaiveAsync(int shareId, Guid version, string? reason, string byUserId, CancellationToken ct)
    {
        var text = reason?.Trim() ?? "";
        if (text.Length is 0 or > TrainingCostShare.ReasonLength)
            return Task.FromResult<CostShareOutcome?>(CostShareOutcome.Refused(
                Texts.Format("Say why the share is waived (at most {0} characters).", TrainingCostShare.ReasonLength)));
        return CloseAsync(shareId, version, share => share.Waive(text, byUserId, clock.GetUtcNow().UtcDateTime), Texts.Get("Waived."), ct);
    }

    private async Task<CostShareOutcome?> CloseAsync(int shareId, Guid version, Func<TrainingCostShare, bool> close, string done, CancellationToken ct)
    {
        var share = await db.TrainingCostShares.SingleOrDefaultAsync(s => s.Id == shareId, ct);
        if (share is null) return null;
        if (share.Version != version || !close(share)) return CostShareOutcome.Refused(await StaleReasonAsync(share, ct));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var now = await db.TrainingCostShares.AsNoTracking().SingleAsync(s => s.Id == shareId, ct);
            return CostShareOutcome.Refused(await StaleReasonAsync(now, ct));
        }
        return new CostShareOutcome(done);
    }

    /// <summary>Why nothing was changed, with the moment the share was closed in the cohort's time zone.</summary>
    private async Task<string> StaleReasonAsync(TrainingCostShare share, CancellationToken ct)
    {
        if (share.ClosedAtUtc is not { } closedAt) return Texts.Get(ChangedMeanwhile);
        var on = CohortTime.Format(closedAt, await db.Cohorts.Where(c => c.Id == share.CohortId).Select(c => c.TimeZoneId).SingleAsync(ct));
        return share.Status switch
        {
            CostShareStatus.Settled => Texts.Format("This share was already settled on {0} (reference {1}); nothing was changed.", on, Texts.LeftToRight(share.SettlementReference ?? "")),
            CostShareStatus.Waived => Texts.Format("This share was already waived on {0}; nothing was changed.", on),
            CostShareStatus.Withdrawn => Texts.Format("This share was withdrawn on {0}: the hire it was owed for was corrected. Nothing was changed.", on),
            _ => Texts.Get(ChangedMeanwhile),
        };
    }
}
