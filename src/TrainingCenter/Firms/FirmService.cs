using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;

namespace TrainingCenter.Firms;

/// <summary>
/// Adds member firms and changes their details: no two firms share a name (ignoring case), rechecked when the database's
/// unique index refuses a save that raced another admin's, and a website is a full http(s) address.
/// </summary>
public sealed class FirmService(AppDbContext db)
{
    public async Task<FirmOutcome> AddAsync(FirmDetails details, CancellationToken ct)
    {
        details = details.Trimmed();
        if (await RefusalsAsync(details, null, ct) is { Count: > 0 } refusals) return FirmOutcome.Refused(refusals);
        var firm = new MemberFirm(details.Name, details.ShortName);
        details.ApplyTo(firm);
        db.MemberFirms.Add(firm);
        if (await SaveAsync(firm, details, ct) is { Count: > 0 } raced) return FirmOutcome.Refused(raced);
        return new FirmOutcome(firm.Id, Texts.Format("Added {0}. Upload its logo and invite its staff here.", firm.Name), []);
    }

    public async Task<FirmOutcome> ChangeAsync(int firmId, FirmDetails details, CancellationToken ct)
    {
        details = details.Trimmed();
        if (await RefusalsAsync(details, firmId, ct) is { Count: > 0 } refusals) return FirmOutcome.Refused(refusals);
        var firm = await db.MemberFirms.SingleAsync(f => f.Id == firmId, ct);
        details.ApplyTo(firm);
        if (await SaveAsync(firm, details, ct) is { Count: > 0 } raced) return FirmOutcome.Refused(raced);
        return new FirmOutcome(firm.Id, Texts.Format("Saved {0}.", firm.Name), []);
    }

    /// <summary>Saves; when the unique index refused, the reasons from fresh data (none: the refusal was something else, and it is rethrown).</summary>
    private async Task<IReadOnlyList<FirmRefusal>> SaveAsync(MemberFirm firm, FirmDetails details, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return [];
        }
        catch (DbUpdateException)
        {
            db.Entry(firm).State = EntityState.Detached;
            var refusals = await RefusalsAsync(details, firm.Id == 0 ? null : firm.Id, ct);
            if (refusals.Count == 0) throw;
            return refusals;
        }
    }

    private async Task<IReadOnlyList<FirmRefusal>> RefusalsAsync(FirmDetails details, int? exceptFirmId, CancellationToken ct)
    {
        var refusals = new List<FirmRefusal>();
        if (details.Website is { } website && !(Uri.TryCreate(website, UriKind.Absolute, out var site) && site.Scheme is "http" or "https"))
            refusals.Add(new FirmRefusal(FirmField.Website, Texts.Get("Enter the full web address, starting with https://.")));
        var upper = details.Name.ToUpperInvariant();
        if (await db.MemberFirms.AnyAsync(f => f.Name.ToUpper() == upper && f.Id != exceptFirmId, ct))
            refusals.Add(new FirmRefusal(FirmField.Name, Texts.Format("There is already a member firm named {0}.", details.Name)));
        return refusals;
    }
}
