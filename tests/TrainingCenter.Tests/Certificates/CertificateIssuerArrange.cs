using Microsoft.EntityFrameworkCore;
using TrainingCenter.Attendance;
using TrainingCenter.Enrolments;
using TrainingCenter.Firms;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Attendance;

namespace TrainingCenter.Tests.Certificates;

/// <summary>A cohort with ten held sessions, two new sponsor firms (one with a logo) and trainees whose attendance is given.</summary>
public sealed record CertificateClass(int CohortId, string Code, IReadOnlyList<int> FirmIds, IReadOnlyList<ArrangedTrainee> Trainees);

public static class CertificateIssuerArrange
{
    public const int Sessions = 10;

    /// <summary>One trainee per entry of <paramref name="attended"/>, in the order of <see cref="CertificateClass.Trainees"/>: present at that many of the ten sessions, absent at the rest; completed when <paramref name="completed"/>.</summary>
    public static async Task<CertificateClass> CertificateClassAsync(this TrainingCenterApp app, int[] attended, bool completed = true)
    {
        var ct = TestContext.Current.CancellationToken;
        var starts = Enumerable.Range(0, Sessions).Select(i => DateTime.UtcNow.Date.AddDays(-20 + i).AddHours(9)).ToArray();
        var builder = app.Cohort().WithTrainees(attended.Length).WithSessionsAt(starts)
            .WithMarks([.. attended.Select(n => new string('P', n) + new string('A', Sessions - n))]);
        var lesson = await (completed ? builder.Completed() : builder).BuildAsync();
        var trainees = lesson.Trainees.OrderBy(t => t.EnrolmentId).ToList();
        var firmIds = await app.WithDbAsync(async db =>
        {
            var suffix = Guid.NewGuid().ToString("N")[..6];
            var firms = new[]
            {
                new MemberFirm($"Margalla Systems {suffix}", $"MS{suffix}") { Logo = CertificateSamples.Logo(1) },
                new MemberFirm($"Thar Data Labs {suffix}", $"TD{suffix}"),
            };
            db.MemberFirms.AddRange(firms);
            await db.SaveChangesAsync(ct);
            db.Sponsorships.AddRange(firms.Select(f => new Sponsorship(lesson.CohortId, f.Id, 1_000_000, 0)));
            await db.SaveChangesAsync(ct);
            return firms.Select(f => f.Id).ToList();
        });
        return new CertificateClass(lesson.CohortId, lesson.Code, firmIds, trainees);
    }
}
