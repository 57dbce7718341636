using Microsoft.EntityFrameworkCore;
using TrainingCenter.Centres;
using TrainingCenter.Data;
using TrainingCenter.Tracks;

namespace TrainingCenter.Cohorts;

/// <summary>
/// Creates and changes cohorts with the rules that need the database: a code no other cohort has, a track that is not
/// retired, an active centre (whose address a new cohort meets at unless it names a venue), a capacity not below the seats already committed (rechecked when the database refuses a save), and no
/// opening for applications without sessions.
/// </summary>
public sealed class CohortService(AppDbContext db)
{
    public const string ChangedByOthers = "Someone else changed this cohort while you were editing it, so your changes were not saved. Reload the page to see theirs, then make yours again.";

    public async Task<CohortOutcome> CreateAsync(CohortDetails details, CentreScope scope, CancellationToken ct)
    {
        var (track, centre, refusals) = await CheckAsync(null, details, scope, ct);
        if (refusals.Count > 0) return CohortOutcome.Refused(refusals);
        var cohort = new Cohort(details.Code, details.Title, track!.Id, centre!, details.StartDate, details.EndDate, details.Capacity);
        Apply(cohort, details with { Venue = details.Venue ?? cohort.Venue }, track, centre);
        db.Cohorts.Add(cohort);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone took the code a moment ago; the unique index refused this one.
            db.Entry(cohort).State = EntityState.Detached;
            if (await CodeRefusalAsync(cohort.Code, null, ct) is not { } taken) throw;
            return CohortOutcome.Refused(taken);
        }
        return new CohortOutcome(Texts.Format("Created the cohort {0} as {1}. Next: its sessions, instructors and sponsors.", Texts.LeftToRight(cohort.Code), cohort.Status.DisplayName()), []);
    }

    /// <param name="version">The cohort's version when the admin's form was shown: if it has moved on since, nothing is overwritten.</param>
    public async Task<CohortOutcome> ChangeAsync(int cohortId, Guid version, CohortDetails details, CentreScope scope, CancellationToken ct)
    {
        var cohort = await scope.Cohorts(db).SingleOrDefaultAsync(c => c.Id == cohortId, ct);
        if (cohort is null) return CohortOutcome.Refused(new CohortRefusal(CohortField.Whole, Texts.Get("There is no such cohort.")));
        var (track, centre, refusals) = await CheckAsync(cohort, details, scope, ct);
        if (refusals.Count > 0) return CohortOutcome.Refused(refusals);
        db.Entry(cohort).Property(c => c.Version).OriginalValue = version;
        Apply(cohort, details, track, centre);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.Entry(cohort).State = EntityState.Detached;
            return CohortOutcome.Refused(new CohortRefusal(CohortField.Whole, Texts.Get(ChangedByOthers)));
        }
        catch (DbUpdateException)
        {
            db.Entry(cohort).State = EntityState.Detached;
            return CohortOutcome.Refused(await ExplainRefusalAsync(cohort, ct));
        }
        return new CohortOutcome(Texts.Format("Saved the cohort {0}.", Texts.LeftToRight(cohort.Code)), []);
    }

    /// <summary>
    /// Every reason the cohort (null: a new one) cannot take this code, track, centre and capacity; a null one is not
    /// checked. A form shows these beside its own checks; saving checks them again. A centre outside
    /// <paramref name="scope"/> is no choice: a centre admin puts cohorts only in the centres they run.
    /// </summary>
    public async Task<IReadOnlyList<CohortRefusal>> RefusalsAsync(
        Cohort? existing, string? code, int? trackId, int? centreId, int? capacity, CentreScope scope, CancellationToken ct)
    {
        var refusals = new List<CohortRefusal>();
        if (code is not null && await CodeRefusalAsync(Cohort.NormalizeCode(code), existing?.Id, ct) is { } taken) refusals.Add(taken);
        if (trackId is { } id && id != existing?.TrackId)
        {
            var track = await db.Tracks.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, ct);
            if ((track is null ? Texts.Get("Choose a track.") : Cohort.TrackRefusal(track, existing?.TrackId)) is { } refused)
                refusals.Add(new CohortRefusal(CohortField.TrackId, refused));
        }
        if (centreId is { } centreChosen && centreChosen != existing?.CentreId)
        {
            var centre = await scope.Centres(db).AsNoTracking().SingleOrDefaultAsync(c => c.Id == centreChosen, ct);
            if ((centre is null ? Texts.Get("Choose a centre.") : Cohort.CentreRefusal(centre, existing?.CentreId)) is { } refused)
                refusals.Add(new CohortRefusal(CohortField.CentreId, refused));
        }
        if (capacity is { } seats && existing?.CapacityRefusal(seats) is { } tooSmall) refusals.Add(new CohortRefusal(CohortField.Capacity, tooSmall));
        return refusals;
    }

    /// <summary>The time zone a new cohort of the centre takes when its admin names none; null when there is no such centre.</summary>
    public Task<string?> CentreTimeZoneAsync(int centreId, CancellationToken ct) =>
        db.Centres.AsNoTracking().Where(c => c.Id == centreId).Select(c => c.TimeZoneId).SingleOrDefaultAsync(ct);

    /// <summary>
    /// The track and centre to put the cohort in (null when it stays in its own) and every reason the details cannot be
    /// saved.
    /// </summary>
    private async Task<(Track? Track, Centre? Centre, IReadOnlyList<CohortRefusal> Refusals)> CheckAsync(
        Cohort? existing, CohortDetails details, CentreScope scope, CancellationToken ct)
    {
        var refusals = (await RefusalsAsync(existing, details.Code, details.TrackId, details.CentreId, details.Capacity, scope, ct)).ToList();
        var sessionsPlanned = existing is null || details.Status != CohortStatus.Open
            ? 0
            : await db.Sessions.CountAsync(s => s.CohortId == existing.Id && !s.IsCancelled, ct);
        if (Cohort.OpeningRefusal(existing?.Status, details.Status, sessionsPlanned) is { } notYet)
            refusals.Add(new CohortRefusal(CohortField.Status, notYet));
        var track = refusals.Count == 0 && details.TrackId != existing?.TrackId
            ? await db.Tracks.AsNoTracking().SingleAsync(t => t.Id == details.TrackId, ct)
            : null;
        var centre = refusals.Count == 0 && details.CentreId != existing?.CentreId
            ? await db.Centres.AsNoTracking().SingleAsync(c => c.Id == details.CentreId, ct)
            : null;
        return (track, centre, refusals);
    }

    private async Task<CohortRefusal?> CodeRefusalAsync(string code, int? existingId, CancellationToken ct) =>
        await db.Cohorts.AnyAsync(c => c.Code == code && c.Id != existingId, ct)
            ? new CohortRefusal(CohortField.Code, Texts.Format("There is already a cohort with the code {0}.", Texts.LeftToRight(code)))
            : null;

    private static void Apply(Cohort cohort, CohortDetails details, Track? track, Centre? centre)
    {
        cohort.Recode(details.Code);
        cohort.Title = details.Title;
        if (track is not null) cohort.MoveToTrack(track);
        if (centre is not null) cohort.MoveToCentre(centre);
        cohort.Description = details.Description;
        cohort.Reschedule(details.StartDate, details.EndDate);
        cohort.TimeZoneId = details.TimeZoneId;
        cohort.ChangeCapacity(details.Capacity);
        cohort.SetEnrolmentWindow(details.EnrolmentOpensAtUtc, details.EnrolmentClosesAtUtc);
        cohort.EnrolmentPolicy = details.EnrolmentPolicy;
        cohort.AttendanceThresholdPercent = details.AttendanceThresholdPercent;
        cohort.CertificateLanguage = details.CertificateLanguage;
        cohort.Venue = details.Venue;
        cohort.OnlineLink = details.OnlineLink;
        cohort.MoveTo(details.Status);
    }

    /// <summary>
    /// The database refused the save although the checks passed: another cohort took the code, or enrolments filled
    /// seats past the new capacity meanwhile (the seat check constraint). Says which, from fresh data.
    /// </summary>
    private async Task<CohortRefusal> ExplainRefusalAsync(Cohort cohort, CancellationToken ct)
    {
        var fresh = await db.Cohorts.AsNoTracking().Where(c => c.Id == cohort.Id)
            .Select(c => new { c.SeatsTaken, c.ReservedSeatsUnused, CodeTaken = db.Cohorts.Any(o => o.Code == cohort.Code && o.Id != c.Id) })
            .SingleAsync(ct);
        if (fresh.CodeTaken) return new CohortRefusal(CohortField.Code, Texts.Format("There is already a cohort with the code {0}.", Texts.LeftToRight(cohort.Code)));
        if (fresh.SeatsTaken + fresh.ReservedSeatsUnused > cohort.Capacity)
            return new CohortRefusal(CohortField.Capacity,
                Texts.Format("Capacity cannot go below the {0} seats now committed ({1} taken, {2} reserved for sponsors' nominees).",
                    fresh.SeatsTaken + fresh.ReservedSeatsUnused, fresh.SeatsTaken, fresh.ReservedSeatsUnused));
        throw new InvalidOperationException($"The database refused the changes to cohort {cohort.Id} for a reason it does not explain.");
    }
}
