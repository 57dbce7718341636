using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Benchmarks.Hosting;
using TrainingCenter.Cohorts;
using TrainingCenter.Firms;
using TrainingCenter.Identity;

namespace TrainingCenter.Benchmarks.Flat;

/// <summary>
/// A member firm of the benchmark's own that sponsors the same number of cohorts on either database (two finished, two
/// running, two open), with a sponsor viewer who signs in with the seeded password: its dashboard costs what six
/// cohorts cost, whatever else the database holds. Made once per database and found again on later runs.
/// </summary>
public static class BenchSponsor
{
    public const string FirmName = "Benchmark Sponsor (flat)";
    public const string ViewerEmail = "viewer.flat@scale.trainingcenter.pk";
    public const int CohortsPerStatus = 2;
    private static readonly CohortStatus[] Statuses = [CohortStatus.Completed, CohortStatus.InProgress, CohortStatus.Open];

    /// <summary>The viewer's email and how many cohorts the firm sponsors.</summary>
    public static Task<(string Email, int Cohorts)> EnsureAsync(BenchmarkApp app) => app.QueryAsync(async db =>
    {
        var firm = await db.MemberFirms.FirstOrDefaultAsync(f => f.Name == FirmName);
        if (firm is null)
        {
            firm = new MemberFirm(FirmName, "Bench");
            db.MemberFirms.Add(firm);
            await db.SaveChangesAsync();
            foreach (var status in Statuses)
            {
                var cohorts = await db.Cohorts.Where(c => c.Status == status).OrderByDescending(c => c.StartDate).ThenBy(c => c.Id)
                    .Select(c => c.Id).Take(CohortsPerStatus).ToListAsync();
                db.Sponsorships.AddRange(cohorts.Select(id => new Sponsorship(id, firm.Id, 250_000, 0)));
            }
            var seeded = await db.Users.Where(u => u.MemberFirmId != null).OrderBy(u => u.Email).FirstAsync();
            var viewer = new ApplicationUser
            {
                UserName = ViewerEmail, NormalizedUserName = ViewerEmail.ToUpperInvariant(), Email = ViewerEmail,
                NormalizedEmail = ViewerEmail.ToUpperInvariant(), EmailConfirmed = true, PasswordHash = seeded.PasswordHash,
                SecurityStamp = Guid.NewGuid().ToString("N"), MemberFirmId = firm.Id,
            };
            db.Users.Add(viewer);
            var role = await db.Roles.Where(r => r.Name == Roles.SponsorViewer).Select(r => r.Id).SingleAsync();
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = viewer.Id, RoleId = role });
            await db.SaveChangesAsync();
        }
        return (ViewerEmail, await db.Sponsorships.CountAsync(s => s.MemberFirmId == firm.Id));
    });
}
