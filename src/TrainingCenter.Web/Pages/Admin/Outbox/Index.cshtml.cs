using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Notifications;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Outbox;

/// <summary>
/// Every message the app recorded, newest first, with how its delivery went; a failed one can be sent again. Times are
/// the center's (<see cref="Zone"/>), as messages belong to many cohorts.
/// </summary>
[Authorize(Policy = Policies.CentreStaff)]
public sealed class IndexModel(AppDbContext db, TrainingCenter.Notifications.Outbox outbox, IEnumerable<INotificationComposer> composers, IStringLocalizer<IndexModel> text) : PageModel
{
    public const int PageSize = 50;
    public const string Zone = TrainingCenter.Cohorts.Cohort.DefaultTimeZone;

    [BindProperty(SupportsGet = true), Display(Name = "Status")] public NotificationStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? Recipient { get; set; }
    [BindProperty(SupportsGet = true), Display(Name = "From day")] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true), Display(Name = "To day")] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "p"), Display(Name = "Page")] public int PageNumber { get; set; } = 1;
    [TempData] public string? StatusMessage { get; set; }

    public IReadOnlyList<string> Kinds { get; private set; } = [];
    public IReadOnlyList<MessageRow> Messages { get; private set; } = [];
    public int Total { get; private set; }
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Kinds = composers.Select(c => c.Kind).Distinct().Order(StringComparer.Ordinal).ToList();
        if (From is { } from && To is { } to && from > to)
            ModelState.AddModelError(nameof(To), text["The last day must be on or after the first day."]);
        var query = User.CentreScope().Notifications(db).AsNoTracking();
        if (Status is { } status) query = query.Where(n => n.Status == status);
        if (!string.IsNullOrWhiteSpace(Kind)) query = query.Where(n => n.Kind == Kind);
        if (!string.IsNullOrWhiteSpace(Recipient))
        {
            var text = Recipient.Trim().ToLowerInvariant();
            query = query.Where(n => n.RecipientEmail.ToLower().Contains(text));
        }
        if (ModelState.IsValid && From is { } first)
        {
            var sinceUtc = CohortTime.ToUtc(first, TimeOnly.MinValue, Zone);
            query = query.Where(n => n.CreatedAtUtc >= sinceUtc);
        }
        if (ModelState.IsValid && To is { } last)
        {
            var beforeUtc = CohortTime.ToUtc(last.AddDays(1), TimeOnly.MinValue, Zone);
            query = query.Where(n => n.CreatedAtUtc < beforeUtc);
        }
        Total = await query.CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        Messages = await query
            .OrderByDescending(n => n.CreatedAtUtc).ThenByDescending(n => n.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(n => new MessageRow(n.Id, n.Kind, n.RecipientEmail, n.Subject, n.Status, n.Attempts, n.LastError, n.CreatedAtUtc, n.SentAtUtc))
            .ToListAsync(ct);
    }

    /// <summary>Queues a failed message for delivery again; the delivery job claims it, so it is still sent at most once.</summary>
    public async Task<IActionResult> OnPostResendAsync(int id, CancellationToken ct)
    {
        var message = await User.CentreScope().Notifications(db).AsNoTracking()
            .Where(n => n.Id == id)
            .Select(n => new { n.Status, n.RecipientEmail })
            .SingleOrDefaultAsync(ct);
        if (message is null) return NotFound();
        if (message.Status != NotificationStatus.Failed)
        {
            StatusMessage = text["The message to {0} is {1}, so there is nothing to resend.", message.RecipientEmail, message.Status.DisplayName()];
            return RedirectToPage();
        }
        outbox.Deliver([id]);
        StatusMessage = text["The message to {0} is queued to be sent again.", message.RecipientEmail];
        return RedirectToPage();
    }

    /// <summary>The query string of another page of the same filtered list.</summary>
    public Dictionary<string, string> RouteFor(int page)
    {
        var values = new Dictionary<string, string> { ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (Status is { } status) values[nameof(Status)] = status.ToString();
        if (!string.IsNullOrWhiteSpace(Kind)) values[nameof(Kind)] = Kind;
        if (!string.IsNullOrWhiteSpace(Recipient)) values[nameof(Recipient)] = Recipient;
        if (From is { } from) values[nameof(From)] = from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        if (To is { } to) values[nameof(To)] = to.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return values;
    }

    public sealed record MessageRow(
        int Id, string Kind, string Recipient, string? Subject, NotificationStatus Status, int Attempts, string? LastError,
        DateTime CreatedAtUtc, DateTime? SentAtUtc);
}
