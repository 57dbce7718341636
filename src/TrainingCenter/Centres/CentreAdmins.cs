using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Identity;

namespace TrainingCenter.Centres;

/// <summary>
/// Who runs a centre: a consortium admin names an existing account by email, which becomes a centre admin of it (a
/// person may run several centres), and takes it off again; off their last centre they lose the role. Their security
/// stamp is renewed either way, so a cookie naming the old role is checked again soon.
/// </summary>
public sealed class CentreAdmins(AppDbContext db, UserManager<ApplicationUser> users)
{
    /// <returns>What happened, and whether it was refused.</returns>
    public async Task<(string Message, bool Refused)> AssignAsync(int centreId, string email, CancellationToken ct)
    {
        email = email.Trim();
        var centre = await db.Centres.AsNoTracking().Where(c => c.Id == centreId).Select(c => c.Name).SingleOrDefaultAsync(ct);
        if (centre is null) return (Texts.Get("There is no such centre."), true);
        var user = await users.FindByEmailAsync(email);
        if (user is null) return (Texts.Format("Nobody has an account with {0}; ask them to register first.", Texts.LeftToRight(email)), true);
        if (await users.IsInRoleAsync(user, Roles.Admin)) return (Texts.Format("{0} is a consortium admin and already runs every centre.", Texts.LeftToRight(email)), true);
        if (await db.CentreAdmins.AnyAsync(a => a.CentreId == centreId && a.UserId == user.Id, ct))
            return (Texts.Format("{0} already runs {1}.", Texts.LeftToRight(email), centre), true);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.CentreAdmins.Add(new CentreAdmin(centreId, user.Id));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another admin named the same person at the same moment: their link stands.
            return (Texts.Format("{0} already runs {1}.", Texts.LeftToRight(email), centre), true);
        }
        if (!await users.IsInRoleAsync(user, Roles.CentreAdmin)) Check(await users.AddToRoleAsync(user, Roles.CentreAdmin));
        Check(await users.UpdateSecurityStampAsync(user));
        await transaction.CommitAsync(ct);
        return (Texts.Format("{0} now runs {1}.", Texts.LeftToRight(email), centre), false);
    }

    /// <returns>What happened, or null when <paramref name="userId"/> does not run the centre.</returns>
    public async Task<string?> RemoveAsync(int centreId, string userId, CancellationToken ct)
    {
        var link = await db.CentreAdmins.Include(a => a.User).Include(a => a.Centre)
            .SingleOrDefaultAsync(a => a.CentreId == centreId && a.UserId == userId, ct);
        if (link is null) return null;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.CentreAdmins.Remove(link);
        await db.SaveChangesAsync(ct);
        var user = link.User!;
        if (!await db.CentreAdmins.AnyAsync(a => a.UserId == userId, ct) && await users.IsInRoleAsync(user, Roles.CentreAdmin))
            Check(await users.RemoveFromRoleAsync(user, Roles.CentreAdmin));
        Check(await users.UpdateSecurityStampAsync(user));
        await transaction.CommitAsync(ct);
        return Texts.Format("{0} no longer runs {1}.", Texts.LeftToRight(user.Email ?? ""), link.Centre!.Name);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
