using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Benchmarks.Hosting;
using TrainingCenter.Demo;
using TrainingCenter.Identity;
using TrainingCenter.Trainees;

namespace TrainingCenter.Benchmarks.Rush;

/// <summary>
/// Registered, confirmed trainees written straight into the database, a thousand a save; all share one password hash
/// of <see cref="DemoAccounts.Password"/>, computed once (ten thousand PBKDF2 hashes would take minutes).
/// </summary>
public static class RushTrainees
{
    private const int Batch = 1000;

    /// <summary>Adds <paramref name="count"/> trainees with addresses unique to this run; returns their addresses in order.</summary>
    public static async Task<string[]> AddAsync(BenchmarkApp app, int count)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var passwordHash = users.PasswordHasher.HashPassword(new ApplicationUser(), DemoAccounts.Password);
        var run = DateTime.UtcNow.ToString("MMddHHmmss", CultureInfo.InvariantCulture);
        var emails = Enumerable.Range(1, count)
            .Select(i => string.Create(CultureInfo.InvariantCulture, $"rush.{run}.{i}@mail.example.pk")).ToArray();
        var roleId = await app.QueryAsync(db => db.Roles.Where(r => r.Name == Roles.Trainee).Select(r => r.Id).SingleAsync());
        foreach (var chunk in emails.Chunk(Batch))
        {
            await app.QueryAsync(async db =>
            {
                foreach (var email in chunk)
                {
                    var user = new ApplicationUser
                    {
                        UserName = email,
                        NormalizedUserName = users.NormalizeName(email),
                        Email = email,
                        NormalizedEmail = users.NormalizeEmail(email),
                        EmailConfirmed = true,
                        PasswordHash = passwordHash,
                        SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant(),
                        LockoutEnabled = true,
                        DisplayName = email,
                    };
                    db.Users.Add(user);
                    db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleId });
                    db.Trainees.Add(new Trainee(user.Id, $"Rush Applicant {email.Split('.')[2].Split('@')[0]}"));
                }
                return await db.SaveChangesAsync();
            });
        }
        return emails;
    }
}
