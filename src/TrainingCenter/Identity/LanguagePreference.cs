using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;

namespace TrainingCenter.Identity;

/// <summary>
/// Remembers the language a signed-in user chose with the switcher on their profile, so that a new device or browser
/// (without the switcher's cookie) opens in it after they sign in.
/// </summary>
public sealed class LanguagePreference(AppDbContext db)
{
    /// <returns>False, nothing saved, when <paramref name="language"/> is not offered or there is no such user.</returns>
    public async Task<bool> RememberAsync(string userId, string language, CancellationToken ct)
    {
        if (!Languages.IsSupported(language)) return false;
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null || !user.PreferLanguage(language)) return false;
        await db.SaveChangesAsync(ct);
        return true;
    }
}
