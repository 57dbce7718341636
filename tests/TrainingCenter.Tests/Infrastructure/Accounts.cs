using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Data;
using TrainingCenter.Demo;
using TrainingCenter.Identity;
using TrainingCenter.Trainees;

namespace TrainingCenter.Tests.Infrastructure;

/// <summary>Trainee accounts put straight into the app's database, their names changed, and clients signed in as them.</summary>
public static class Accounts
{
    /// <summary>Confirmed trainee accounts with complete profiles (nothing to warn a reviewer of), all with <see cref="DemoAccounts.Password"/>; returns their emails.</summary>
    public static async Task<IReadOnlyList<string>> TraineesAsync(this TrainingCenterApp app, int count, string namePrefix = "Trainee")
    {
        await using var scope = app.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var batch = Guid.NewGuid().ToString("N")[..8];
        string? hash = null;
        var emails = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var email = $"{namePrefix.ToLowerInvariant()}-{batch}-{i}@test.example";
            var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"{namePrefix} {i}" };
            // One slow hash for every account of the batch: they share the password.
            user.PasswordHash = hash ??= users.PasswordHasher.HashPassword(user, DemoAccounts.Password);
            Assert.True((await users.CreateAsync(user)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.Trainee)).Succeeded);
            db.Trainees.Add(new Trainee(user.Id, $"{namePrefix} {batch} {i}") {
                Phone = "+92 300 1234567", City = "Lahore", HighestEducation = "BS Computer Science", Motivation = "To work in software.",
            });
            emails.Add(email);
        }
        await db.SaveChangesAsync();
        return emails;
    }

    /// <summary>A client signed in as <paramref name="email"/>.</summary>
    public static async Task<PageClient> SignedInAsync(this TrainingCenterApp app, string email)
    {
        var client = app.CreatePageClient();
        var response = await client.LoginAsync(email, DemoAccounts.Password);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Renames the trainee with <paramref name="email"/>, e.g. to a name in another script or one that looks like a formula.</summary>
    public static Task RenameTraineeAsync(this TrainingCenterApp app, string email, string fullName) =>
        app.WithDbAsync(db => db.Trainees.Where(t => t.User!.Email == email)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.FullName, fullName), TestContext.Current.CancellationToken));
}
