using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Announcements;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;
using TrainingCenter.Identity;
using TrainingCenter.Notifications;
using TrainingCenter.Web.Accounts;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Announcements;

/// <summary>
/// An admin, or one of the cohort's instructors, writes to every enrolled trainee of a cohort and sees what was sent
/// before. Anyone else finds no such page.
/// </summary>
[Authorize(Roles = $"{Roles.Admin},{Roles.CentreAdmin},{Roles.Instructor}")]
public sealed class IndexModel(AppDbContext db, AnnouncementService announcements) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    [TempData] public string? StatusMessage { get; set; }
    public CohortView Cohort { get; private set; } = default!;
    public IReadOnlyList<PastAnnouncement> Past { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct) =>
        await LoadAsync(code, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        var outcome = await announcements.SendAsync(Cohort.Id, Input.Subject, Input.Body, User.UserId(), ct);
        if (outcome.Error is { } error)
        {
            ModelState.AddModelError(string.Empty, error);
            return Page();
        }
        StatusMessage = outcome.Message;
        return RedirectToPage(new { code = Cohort.Code });
    }

    private async Task<bool> LoadAsync(string code, CancellationToken ct)
    {
        var cohort = await db.Cohorts.AsNoTracking()
            .Where(TrainingCenter.Cohorts.Cohort.WithCode(code))
            .Select(c => new CohortView(c.Id, c.Code, c.Title, c.TimeZoneId, c.Enrolments.Count(e => e.Status == EnrolmentStatus.Enrolled)))
            .SingleOrDefaultAsync(ct);
        if (cohort is null) return false;
        if (!await User.CentreScope().RunsCohortAsync(db, cohort.Id, ct) && !await CohortStaff.TeachesAsync(db, User.UserId(), cohort.Id, ct)) return false;
        Cohort = cohort;
        var counts = await db.Notifications.AsNoTracking()
            .Where(n => n.CohortId == cohort.Id && n.Kind == AnnouncementComposer.NotificationKind)
            .GroupBy(n => n.AnnouncementId)
            .Select(g => new { Id = g.Key, Recorded = g.Count(), Sent = g.Count(n => n.Status == NotificationStatus.Sent) })
            .ToDictionaryAsync(g => g.Id ?? 0, ct);
        var past = await db.Announcements.AsNoTracking()
            .Where(a => a.CohortId == cohort.Id)
            .OrderByDescending(a => a.CreatedAtUtc).ThenByDescending(a => a.Id)
            .Select(a => new { a.Id, a.Subject, a.Body, a.CreatedAtUtc, Author = db.Users.Where(u => u.Id == a.AuthorUserId).Select(u => u.DisplayName).FirstOrDefault() })
            .ToListAsync(ct);
        Past = past.Select(a => new PastAnnouncement(a.Id, a.Subject, a.Body, a.CreatedAtUtc, a.Author ?? "",
                counts.TryGetValue(a.Id, out var c) ? c.Recorded : 0, counts.TryGetValue(a.Id, out var s) ? s.Sent : 0))
            .ToList();
        return true;
    }

    public sealed record CohortView(int Id, string Code, string Title, string TimeZoneId, int Enrolled);

    public sealed record PastAnnouncement(int Id, string Subject, string Body, DateTime CreatedAtUtc, string Author, int Recipients, int Sent);

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Give the announcement a subject.")]
        [StringLength(Announcement.SubjectLength, ErrorMessage = "A subject can be at most {1} characters.")]
        public string Subject { get; set; } = "";

        [Required(ErrorMessage = "Write the message.")]
        [StringLength(Announcement.BodyLength, ErrorMessage = "A message can be at most {1} characters.")]
        public string Body { get; set; } = "";
    }
}
