using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Demo;
using TrainingCenter.Identity;
using TrainingCenter.Trainees;

namespace TrainingCenter.Tests.Infrastructure;

/// <summary>Puts data a test needs straight into the app's database.</summary>
public static class Arrange
{
    /// <summary>A cohort open for enrolment now, with a few sessions ahead; returns its code.</summary>
    public static async Task<string> OpenCohortAsync(this TrainingCenterApp app, int capacity,
        EnrolmentPolicy policy = EnrolmentPolicy.FirstComeFirstServed, int sessions = 3)
    {
        var code = $"T-{Guid.NewGuid():N}"[..14].ToUpperInvariant();
        await app.WithDbAsync(async db =>
        {
            var track = await db.Tracks.OrderBy(t => t.Id).FirstAsync();
            var now = DateTime.UtcNow;
            var cohort = new Cohort(code, $"Test cohort {code}", track.Id,
                DateOnly.FromDateTime(now.AddDays(10)), DateOnly.FromDateTime(now.AddDays(60)), capacity)
            {
                Status = CohortStatus.Open,
                EnrolmentPolicy = policy,
                EnrolmentOpensAtUtc = now.AddDays(-1),
                EnrolmentClosesAtUtc = now.AddDays(9),
                Venue = "Training room 1",
            };
            db.Cohorts.Add(cohort);
            await db.SaveChangesAsync();
            for (var i = 0; i < sessions; i++)
            {
                var start = now.Date.AddDays(10 + 2 * i).AddHours(13);
                db.Sessions.Add(new Session(cohort.Id, start, start.AddHours(2), $"Session {i + 1}"));
            }
            return await db.SaveChangesAsync();
        });
        return code;
    }

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
}
