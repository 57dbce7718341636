using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;

namespace TrainingCenter.Centres;

/// <summary>
/// Adds, changes, deactivates and reactivates centres: no two share a name (ignoring case), rechecked when the unique
/// index refuses a save that raced another admin's, and each has a time zone this machine knows.
/// </summary>
public sealed class CentreService(AppDbContext db)
{
    public async Task<CentreOutcome> AddAsync(CentreDetails details, CancellationToken ct)
    {
        if (await RefusalsAsync(null, details, ct) is { Count: > 0 } refusals) return CentreOutcome.Refused(refusals);
        var centre = new Centre(details.Name, details.City, details.Address, details.TimeZoneId, details.Contact);
        db.Centres.Add(centre);
        if (await SaveAsync(centre, details, ct) is { Count: > 0 } raced) return CentreOutcome.Refused(raced);
        return new CentreOutcome(Texts.Format("Added the centre {0} in {1}.", centre.Name, centre.City), []);
    }

    /// <returns>Null when there is no such centre.</returns>
    public async Task<CentreOutcome?> ChangeAsync(int centreId, CentreDetails details, CancellationToken ct)
    {
        var centre = await db.Centres.SingleOrDefaultAsync(c => c.Id == centreId, ct);
        if (centre is null) return null;
        if (await RefusalsAsync(centreId, details, ct) is { Count: > 0 } refusals) return CentreOutcome.Refused(refusals);
        centre.Change(details.Name, details.City, details.Address, details.TimeZoneId, details.Contact);
        if (await SaveAsync(centre, details, ct) is { Count: > 0 } raced) return CentreOutcome.Refused(raced);
        return new CentreOutcome(Texts.Format("Saved the centre {0}. Its cohorts keep their own time zone and venue.", centre.Name), []);
    }

    /// <summary>Deactivates (<paramref name="active"/> false) or reactivates a centre; its cohorts are untouched.</summary>
    /// <returns>Null when there is no such centre.</returns>
    public async Task<string?> SetActiveAsync(int centreId, bool active, CancellationToken ct)
    {
        var centre = await db.Centres.SingleOrDefaultAsync(c => c.Id == centreId, ct);
        if (centre is null) return null;
        if (active) centre.Reactivate();
        else centre.Deactivate();
        await db.SaveChangesAsync(ct);
        return active
            ? Texts.Format("{0} is active again and takes new cohorts.", centre.Name)
            : Texts.Format("{0} is inactive: it keeps its cohorts but takes no new ones.", centre.Name);
    }

    /// <summary>Saves; when the unique index refused, the reasons from fresh data (none: the refusal was something else, and it is rethrown).</summary>
    private async Task<IReadOnlyList<CentreRefusal>> SaveAsync(Centre centre, CentreDetails details, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return [];
        }
        catch (DbUpdateException)
        {
            db.Entry(centre).State = EntityState.Detached;
            var refusals = await RefusalsAsync(centre.Id == 0 ? null : centre.Id, details, ct);
            if (refusals.Count == 0) throw;
            return refusals;
        }
    }

    private async Task<IReadOnlyList<CentreRefusal>> RefusalsAsync(int? centreId, CentreDetails details, CancellationToken ct)
    {
        var refusals = new List<CentreRefusal>();
        var upper = details.Name.Trim().ToUpperInvariant();
        if (await db.Centres.AnyAsync(c => c.Id != centreId && c.Name.ToUpper() == upper, ct))
            refusals.Add(new CentreRefusal(CentreField.Name, Texts.Format("There is already a centre named {0}.", details.Name.Trim())));
        if (Centre.TimeZoneRefusal(details.TimeZoneId) is { } zone) refusals.Add(new CentreRefusal(CentreField.TimeZoneId, zone));
        return refusals;
    }
}
