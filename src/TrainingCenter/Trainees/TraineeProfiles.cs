using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Identity;

namespace TrainingCenter.Trainees;

/// <summary>Saves a trainee's own profile; their account shows the name their certificates will print.</summary>
public sealed class TraineeProfiles(AppDbContext db)
{
    /// <returns>
    /// Null when the user has no trainee profile; otherwise whether the account's display name changed with it (the
    /// login cookie carries that name, so the caller refreshes it) and the account.
    /// </returns>
    public async Task<(bool Renamed, ApplicationUser User)?> SaveAsync(string userId, TraineeProfile profile, CancellationToken ct)
    {
        var trainee = await db.Trainees.Include(t => t.User).SingleOrDefaultAsync(t => t.UserId == userId, ct);
        if (trainee?.User is not { } user) return null;

        trainee.UpdateProfile(profile.FullName, profile.Phone, profile.City, profile.HighestEducation, profile.Motivation);
        trainee.WantsReminders = profile.WantsReminders;
        var renamed = user.DisplayName != trainee.FullName;
        if (renamed)
        {
            user.DisplayName = trainee.FullName;
            // What UserManager does on every update, so a concurrent account change notices this one.
            user.ConcurrencyStamp = Guid.NewGuid().ToString();
        }
        await db.SaveChangesAsync(ct);
        return (renamed, user);
    }
}
