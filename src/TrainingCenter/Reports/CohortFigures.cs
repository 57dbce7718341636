using Microsoft.EntityFrameworkCore;
using TrainingCenter.Attendance;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;
using TrainingCenter.Outcomes;

namespace TrainingCenter.Reports;

/// <summary>
/// One cohort's headline numbers, kept so that reports across cohorts add up a row per cohort instead of counting
/// every enrolment and mark. A row is valid while <see cref="Stamp"/> equals the cohort's
/// <see cref="Cohort.FiguresStamp"/> (renewed in the same transaction as any change these numbers count) and no
/// session of the cohort has started since it was computed (<see cref="ValidUntilUtc"/>) and the cohort's track, status
/// and end are those it was counted under (kept here so reports group the rows without reading the cohorts); otherwise
/// it is computed again, from the same rules as the grid and the sponsor's report, the next time a report needs it.
/// </summary>
public sealed class CohortFigures
{
    public int CohortId { get; private set; }

    /// <summary>The cohort's <see cref="Cohort.FiguresStamp"/> read before the numbers were counted.</summary>
    public Guid Stamp { get; private set; }

    /// <summary>The start of the cohort's next session when the numbers were counted; null when none was to come.</summary>
    public DateTime? ValidUntilUtc { get; private set; }

    /// <summary>The cohort's track when the numbers were counted.</summary>
    public int TrackId { get; private set; }

    /// <summary>The cohort's centre when the numbers were counted.</summary>
    public int CentreId { get; private set; }

    /// <summary>The cohort's status when the numbers were counted.</summary>
    public CohortStatus Status { get; private set; }

    /// <summary>The cohort's last day when the numbers were counted.</summary>
    public DateOnly EndDate { get; private set; }

    /// <summary>The year of <see cref="EndDate"/>: reports group by it without a date function per row.</summary>
    public int EndYear { get; private set; }

    /// <summary>The half of <see cref="EndYear"/> holding <see cref="EndDate"/>: 1 for January to June, 2 for July to December.</summary>
    public int EndHalf { get; private set; }

    /// <summary>Trainees who took a seat, including those who left later.</summary>
    public int Enrolled { get; private set; }

    /// <summary>Seated trainees whose enrolment is Completed.</summary>
    public int Completed { get; private set; }

    /// <summary>Live certificates (neither revoked nor superseded).</summary>
    public int Certified { get; private set; }

    /// <summary>Seated trainees with at least one counted session, i.e. with an attendance rate.</summary>
    public int RatedTrainees { get; private set; }

    /// <summary>The sum of those trainees' rates in tenths of a percent (each rate is cut to one decimal).</summary>
    public long RateTenthsSum { get; private set; }

    /// <summary>Present and Late marks of all seated trainees, by the attendance rules.</summary>
    public int Attended { get; private set; }

    /// <summary>Counted sessions of all seated trainees, by the attendance rules.</summary>
    public int Counted { get; private set; }

    public long PledgedPkr { get; private set; }
    public long ReceivedPkr { get; private set; }

    /// <summary>Seated trainees whose current outcome is known (<see cref="OutcomeRates.Known"/>).</summary>
    public int OutcomesKnown { get; private set; }

    /// <summary>Seated trainees placed in the field within <see cref="OutcomeRates.PlacementDays"/> days of the end.</summary>
    public int Placed { get; private set; }

    /// <summary>Of <see cref="Placed"/>, those who graduated.</summary>
    public int PlacedGraduates { get; private set; }

    public int Freelancing { get; private set; }
    public int FurtherStudy { get; private set; }
    public int Seeking { get; private set; }

    /// <summary>Seated trainees without a known outcome: counted as not placed.</summary>
    public int OutcomesUnknown { get; private set; }

    /// <summary>Of <see cref="Placed"/>, those still in a field job from day <see cref="OutcomeRates.RetentionDays"/> on (0 before).</summary>
    public int Retained { get; private set; }

    /// <summary>Of <see cref="Placed"/>, those hired by an employer that is not a member firm.</summary>
    public int HiredElsewhere { get; private set; }

    /// <summary>Renewed every time the row is stored: the concurrency token that keeps <see cref="ConsortiumSum"/> exact.</summary>
    public Guid Revision { get; private set; }

    /// <summary>Salary answers by band and member-firm hires by firm, counted with these figures; kept as <see cref="CohortTally"/> rows.</summary>
    internal IReadOnlyList<CohortTally> Tallies { get; private set; } = [];

    /// <summary>All seated trainees' marks pooled: the sponsor's "average attendance".</summary>
    public PooledRate Attendance => new(Attended, Counted);

    /// <summary>
    /// The figures of every cohort <paramref name="cohorts"/> selects, by cohort id: stored ones where still valid, the
    /// others counted now (a handful of queries for all of them together) and stored for the next report.
    /// </summary>
    public static async Task<IReadOnlyDictionary<int, CohortFigures>> ForAsync(
        AppDbContext db, IQueryable<Cohort> cohorts, DateTime nowUtc, CancellationToken ct)
    {
        var stored = await (
                from c in cohorts
                join f in db.CohortFigures on c.Id equals f.CohortId into figures
                from f in figures.DefaultIfEmpty()
                select new { c.Id, c.FiguresStamp, c.TrackId, c.CentreId, c.Status, c.EndDate, Figures = f })
            .AsNoTracking()
            .ToListAsync(ct);
        var stale = stored
            .Where(s => s.Figures is not { } f || f.Stamp != s.FiguresStamp || f.ValidUntilUtc <= nowUtc
                || f.TrackId != s.TrackId || f.CentreId != s.CentreId || f.Status != s.Status || f.EndDate != s.EndDate)
            .Select(s => s.Id)
            .ToList();
        var result = stored.Where(s => s.Figures is not null).ToDictionary(s => s.Id, s => s.Figures!);
        foreach (var fresh in await RecountAsync(db, stale, nowUtc, ct))
        {
            result[fresh.CohortId] = fresh;
        }
        return result;
    }

    /// <summary>
    /// Makes the stored figures of every cohort <paramref name="cohorts"/> selects valid at <paramref name="nowUtc"/>,
    /// for reports that add them up in the database: one query finds the stale ones (none, mostly), which are counted
    /// and stored.
    /// </summary>
    public static async Task RefreshAsync(AppDbContext db, IQueryable<Cohort> cohorts, DateTime nowUtc, CancellationToken ct)
    {
        var stale = await (
                from c in cohorts
                join f in db.CohortFigures on c.Id equals f.CohortId into figures
                from f in figures.DefaultIfEmpty()
                where f == null || f.Stamp != c.FiguresStamp || f.ValidUntilUtc <= nowUtc
                    || f.TrackId != c.TrackId || f.CentreId != c.CentreId || f.Status != c.Status || f.EndDate != c.EndDate
                select c.Id)
            .ToListAsync(ct);
        await RecountAsync(db, stale, nowUtc, ct);
    }

    private static async Task<IReadOnlyList<CohortFigures>> RecountAsync(
        AppDbContext db, IReadOnlyList<int> stale, DateTime nowUtc, CancellationToken ct)
    {
        if (stale.Count == 0) return [];
        var fresh = await CountAsync(db, stale, nowUtc, ct);
        await StoreAsync(db, fresh, ct);
        return fresh;
    }

    /// <summary>The figures of <paramref name="cohortIds"/> counted from scratch, in seven queries whatever their number.</summary>
    public static async Task<IReadOnlyList<CohortFigures>> CountAsync(
        AppDbContext db, IReadOnlyCollection<int> cohortIds, DateTime nowUtc, CancellationToken ct)
    {
        // The stamp is read first: a change committed after this read renews it, so figures counted from newer
        // rows are merely counted again, never kept under the newer stamp with older numbers.
        var stamps = await db.Cohorts.AsNoTracking().Where(c => cohortIds.Contains(c.Id))
            .Select(c => new { c.Id, c.FiguresStamp, c.TrackId, c.CentreId, c.Status, c.EndDate })
            .ToListAsync(ct);
        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => cohortIds.Contains(s.CohortId))
            .OrderBy(s => s.StartsAtUtc).ThenBy(s => s.Id)
            .Select(s => new { s.CohortId, Slot = new AttendanceRateSession(s.Id, s.StartsAtUtc, s.IsCancelled) })
            .ToListAsync(ct);
        var enrolments = await db.Enrolments.AsNoTracking()
            .Where(e => cohortIds.Contains(e.CohortId) && e.EnrolledAtUtc != null)
            .Select(e => new { e.Id, e.CohortId, e.Status, e.EnrolledAtUtc, e.StatusChangedAtUtc })
            .ToListAsync(ct);
        var records = await db.AttendanceRecords.AsNoTracking()
            .Where(r => cohortIds.Contains(r.Session!.CohortId))
            .Select(r => new { r.EnrolmentId, r.SessionId, r.Status, r.LateMinutes })
            .ToListAsync(ct);
        var certified = await db.Certificates.AsNoTracking()
            .Where(c => cohortIds.Contains(c.Enrolment!.CohortId) && c.RevokedAtUtc == null && c.SupersededAtUtc == null)
            .GroupBy(c => c.Enrolment!.CohortId)
            .Select(g => new { CohortId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.CohortId, g => g.Count, ct);
        var money = await db.Sponsorships.AsNoTracking()
            .Where(s => cohortIds.Contains(s.CohortId))
            .GroupBy(s => s.CohortId)
            .Select(g => new { CohortId = g.Key, Pledged = g.Sum(s => s.AmountPledgedPkr), Received = g.Sum(s => s.AmountReceivedPkr) })
            .ToDictionaryAsync(g => g.CohortId, ct);
        var outcomes = (await db.GraduateOutcomes.AsNoTracking()
                .Where(o => cohortIds.Contains(o.Enrolment!.CohortId))
                .Select(o => new { o.EnrolmentId, Fact = new OutcomeFact(o.Status, o.StartedOn, o.RecordedAtUtc, o.EmployerFirmId, o.SalaryBandPkr, o.Corrects) })
                .ToListAsync(ct))
            .ToLookup(o => o.EnrolmentId, o => o.Fact);

        var slotsByCohort = sessions.GroupBy(s => s.CohortId).ToDictionary(g => g.Key, g => g.Select(s => s.Slot).ToList());
        var marksByEnrolment = records.GroupBy(r => r.EnrolmentId).ToDictionary(
            g => g.Key, g => g.ToDictionary(r => r.SessionId, r => new AttendanceRateRecord(r.Status, r.LateMinutes)));
        var enrolmentsByCohort = enrolments.ToLookup(e => e.CohortId);
        return stamps.Select(c =>
        {
            var slots = slotsByCohort.GetValueOrDefault(c.Id) ?? [];
            var seated = enrolmentsByCohort[c.Id].ToList();
            var figures = new CohortFigures
            {
                CohortId = c.Id,
                Stamp = c.FiguresStamp,
                TrackId = c.TrackId,
                CentreId = c.CentreId,
                Status = c.Status,
                EndDate = c.EndDate,
                EndYear = c.EndDate.Year,
                EndHalf = c.EndDate.Month <= 6 ? 1 : 2,
                Revision = Guid.NewGuid(),
                ValidUntilUtc = slots.Where(s => s.StartsAtUtc > nowUtc).Select(s => (DateTime?)s.StartsAtUtc).Min(),
                Enrolled = seated.Count,
                Completed = seated.Count(e => e.Status == EnrolmentStatus.Completed),
                Certified = certified.GetValueOrDefault(c.Id),
                PledgedPkr = money.GetValueOrDefault(c.Id)?.Pledged ?? 0,
                ReceivedPkr = money.GetValueOrDefault(c.Id)?.Received ?? 0,
            };
            foreach (var e in seated)
            {
                var rate = AttendanceRules.Evaluate(slots, AttendanceRatePeriod.Of(e.Status, e.EnrolledAtUtc, e.StatusChangedAtUtc),
                    marksByEnrolment.GetValueOrDefault(e.Id) ?? [], nowUtc, Cohort.DefaultAttendanceThreshold, int.MaxValue).Rate;
                figures.Attended += rate.Attended;
                figures.Counted += rate.Counted;
                if (rate.Percent is not { } percent) continue;
                figures.RatedTrainees++;
                figures.RateTenthsSum += (long)(percent * 10);
            }
            figures.CountOutcomes([.. seated.Select(e => new SeatOutcomes(e.Id, e.Status == EnrolmentStatus.Completed, [.. outcomes[e.Id]]))]);
            return figures;
        }).ToList();
    }

    /// <summary>
    /// The outcome counts by <see cref="OutcomeRates"/>, as of no particular day: retention counts reports from day 365
    /// on, which exist only once that day has come; reports read how far the cohort's end is.
    /// </summary>
    private void CountOutcomes(IReadOnlyList<SeatOutcomes> seats)
    {
        var rates = OutcomeRates.Compute(seats, EndDate, DateOnly.MaxValue, PledgedPkr);
        OutcomesKnown = rates.Known;
        Placed = rates.Placed;
        PlacedGraduates = rates.PlacedGraduates;
        Freelancing = rates.CurrentByStatus[OutcomeStatus.FreelancingInField];
        FurtherStudy = rates.CurrentByStatus[OutcomeStatus.FurtherStudy];
        Seeking = rates.CurrentByStatus[OutcomeStatus.SeekingWork];
        OutcomesUnknown = rates.CurrentByStatus[OutcomeStatus.Unknown];
        Retained = rates.Retained ?? 0;
        HiredElsewhere = rates.HiredElsewhere;
        Tallies =
        [
            .. rates.SalaryBands.Select(b => new CohortTally(this, CohortTallyKind.SalaryBand, b.Key, b.Value)),
            .. rates.HiresByFirm.Select(h => new CohortTally(this, CohortTallyKind.MemberFirmHires, h.Key, h.Value)),
        ];
    }

    /// <summary>
    /// Keeps freshly counted figures and moves the <see cref="ConsortiumSum"/> and <see cref="ConsortiumTallySum"/> rows
    /// by the difference, in one transaction. Every row read is written back under its <see cref="Revision"/>: when
    /// another request stored the same cohorts or moved the same sums in between, the save fails whole and is tried
    /// again from a fresh read, so each stored row is counted in the sums exactly once. After
    /// <see cref="StoreAttempts"/> failures the figures are not kept (the next report counts them again).
    /// </summary>
    private static async Task StoreAsync(AppDbContext db, IReadOnlyList<CohortFigures> fresh, CancellationToken ct)
    {
        for (var attempt = 1; attempt <= StoreAttempts; attempt++)
        {
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                await ReplaceAsync(db, fresh, ct);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return;
            }
            catch (DbUpdateException)
            {
                // Another request stored these cohorts or moved the same sums in between: read them again.
            }
            finally
            {
                foreach (var entry in db.ChangeTracker.Entries()
                    .Where(e => e.Entity is CohortFigures or CohortTally or ConsortiumSum or ConsortiumTallySum).ToList())
                {
                    entry.State = EntityState.Detached;
                }
            }
        }
    }

    private const int StoreAttempts = 5;

    /// <summary>Tracks the writes that put <paramref name="fresh"/> in place of the stored rows, sums included.</summary>
    private static async Task ReplaceAsync(AppDbContext db, IReadOnlyList<CohortFigures> fresh, CancellationToken ct)
    {
        var ids = fresh.Select(f => f.CohortId).ToList();
        var existing = await db.CohortFigures.Where(f => ids.Contains(f.CohortId)).ToDictionaryAsync(f => f.CohortId, ct);
        var oldTallies = (await db.CohortTallies.Where(t => ids.Contains(t.CohortId)).ToListAsync(ct))
            .ToDictionary(t => (t.CohortId, t.Kind, t.Key));
        var sums = await ConsortiumSums.LoadAsync(db, [.. existing.Values, .. fresh], ct);
        foreach (var row in existing.Values)
        {
            sums.Add(row, -1, oldTallies.Values.Where(t => t.CohortId == row.CohortId));
        }
        foreach (var figures in fresh)
        {
            if (existing.TryGetValue(figures.CohortId, out var row))
            {
                db.Entry(row).CurrentValues.SetValues(figures);
            }
            else
            {
                db.CohortFigures.Add(figures);
            }
            foreach (var tally in figures.Tallies)
            {
                if (oldTallies.Remove((tally.CohortId, tally.Kind, tally.Key), out var kept))
                {
                    db.Entry(kept).CurrentValues.SetValues(tally);
                }
                else
                {
                    db.CohortTallies.Add(tally);
                }
            }
            sums.Add(figures, 1, figures.Tallies);
        }
        db.CohortTallies.RemoveRange(oldTallies.Values);
        sums.RemoveEmpty();
    }
}
