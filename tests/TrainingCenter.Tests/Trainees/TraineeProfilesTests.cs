using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Identity;
using TrainingCenter.Tests.Cohorts;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Trainees;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Trainees;

public sealed class TraineeProfilesTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task The_account_takes_the_name_the_certificates_will_print_and_only_a_new_name_changes_its_stamp(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var userId = await TeachingTests.UserIdAsync(app, Roles.Trainee);
        await app.WithDbAsync(db =>
        {
            db.Trainees.Add(new Trainee(userId, "Test Trainee"));
            return db.SaveChangesAsync(ct);
        });
        var stamp = await StampAsync(app, userId);

        var renamed = await SaveAsync(app, userId, new TraineeProfile(" ماہ نور ", " ", " Lahore ", null, null, false));
        var renamedStamp = await StampAsync(app, userId);
        var again = await SaveAsync(app, userId, new TraineeProfile("ماہ نور", null, "Multan", null, null, true));

        Assert.True(renamed?.Renamed);
        Assert.False(again?.Renamed);
        Assert.NotEqual(stamp, renamedStamp);
        Assert.Equal(renamedStamp, await StampAsync(app, userId));
        Assert.Null(await SaveAsync(app, "no-such-user", new TraineeProfile("Nobody", null, null, null, null, true)));
        var saved = await app.WithDbAsync(db => db.Trainees.AsNoTracking().Where(t => t.UserId == userId)
            .Select(t => new { t.FullName, t.Phone, t.City, t.WantsReminders, t.User!.DisplayName }).SingleAsync(ct));
        Assert.Equal(("ماہ نور", null, "Multan", true, "ماہ نور"), (saved.FullName, (string?)saved.Phone, saved.City, saved.WantsReminders, saved.DisplayName));
    }

    private static Task<string?> StampAsync(TrainingCenterApp app, string userId) =>
        app.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.ConcurrencyStamp).SingleAsync(TestContext.Current.CancellationToken));

    private static async Task<(bool Renamed, ApplicationUser User)?> SaveAsync(TrainingCenterApp app, string userId, TraineeProfile profile)
    {
        await using var scope = app.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<TraineeProfiles>().SaveAsync(userId, profile, TestContext.Current.CancellationToken);
    }
}
