using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Holidays;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Cohorts;

/// <summary>Adds a cohort's sessions from a weekly timetable in its local time (see <see cref="SessionScheduleService"/>).</summary>
[Authorize(Policy = Policies.CentreStaff)]
public sealed class ScheduleModel(AppDbContext db, SessionScheduleService schedules, HolidayCalendar holidays, IStringLocalizer<ScheduleModel> text) : PageModel
{
    /// <summary>Monday first, as timetables are read here.</summary>
    public static readonly IReadOnlyList<DayOfWeek> Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    [BindProperty] public InputModel Input { get; set; } = new();
    public CohortHeading Heading { get; private set; } = default!;
    public int ExistingSessions { get; private set; }
    public IReadOnlyList<Holiday> Holidays { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct)) return NotFound();
        Input.From = Heading.StartDate;
        Input.Until = Heading.EndDate;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct)) return NotFound();
        var skipDates = ParseSkipDates();
        CheckShape();
        if (!ModelState.IsValid) return Page();

        var schedule = new SessionSchedule(
            Week.Where(Input.IsChosen), Input.StartsAt!.Value, Input.EndsAt!.Value, Input.From!.Value,
            Input.Ends == ScheduleEnd.OnDate ? Input.Until : null, Input.Ends == ScheduleEnd.AfterCount ? Input.Count : null, skipDates);
        var result = await schedules.AddSessionsAsync(Heading.Id, schedule, Input.Topic, Input.SkipHolidays, ct);
        if (result.Error is { } error)
        {
            ModelState.AddModelError(result.Field switch
            {
                ScheduleField.StartsAt => $"{nameof(Input)}.{nameof(Input.StartsAt)}",
                ScheduleField.EndsAt => $"{nameof(Input)}.{nameof(Input.EndsAt)}",
                ScheduleField.Until => $"{nameof(Input)}.{nameof(Input.Until)}",
                ScheduleField.Topic => $"{nameof(Input)}.{nameof(Input.Topic)}",
                _ => string.Empty,
            }, error);
            return Page();
        }
        TempData["StatusMessage"] = result.Message;
        return RedirectToPage("Details", new { code = Heading.Code });
    }

    private async Task<bool> LoadAsync(string code, CancellationToken ct)
    {
        if (await CohortHeading.FindAsync(db, code, ct) is not { } heading) return false;
        Heading = heading;
        ExistingSessions = await db.Sessions.CountAsync(s => s.CohortId == heading.Id, ct);
        Holidays = await holidays.BetweenAsync(heading.StartDate, heading.EndDate, ct);
        return true;
    }

    private void CheckShape()
    {
        if (!Week.Any(Input.IsChosen)) ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Days)}", text["Choose at least one weekday."]);
        if (Input.EndsAt <= Input.StartsAt)
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.EndsAt)}", text["A session must end after it starts (on the same day)."]);
        if (Input.Ends == ScheduleEnd.OnDate && Input.Until is null)
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Until)}", text["Enter the last date sessions may fall on."]);
        if (Input.Ends == ScheduleEnd.OnDate && Input.Until < Input.From)
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Until)}", text["The last date cannot come before the first."]);
        if (Input.Ends == ScheduleEnd.AfterCount && Input.Count is null)
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Count)}", text["Enter how many sessions to add."]);
    }

    /// <summary>Dates typed one per line (or separated by commas or spaces) as yyyy-mm-dd; anything else is pointed out.</summary>
    private List<DateOnly> ParseSkipDates()
    {
        var dates = new List<DateOnly>();
        var unreadable = new List<string>();
        foreach (var token in (Input.SkipDates ?? "").Split([',', ';', ' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (DateOnly.TryParseExact(token, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) dates.Add(date);
            else unreadable.Add(token);
        }
        if (unreadable.Count > 0)
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.SkipDates)}",
                text["Write each date as year-month-day, e.g. 2027-03-23; could not read: {0}.", string.Join(", ", unreadable)]);
        return dates;
    }

    public enum ScheduleEnd
    {
        OnDate = 0,
        AfterCount = 1,
    }

    public sealed class InputModel
    {
        /// <summary>One flag per weekday, indexed by <see cref="DayOfWeek"/> (Sunday is 0).</summary>
        public bool[] Days { get; set; } = new bool[7];

        public bool IsChosen(DayOfWeek day) => (int)day < Days.Length && Days[(int)day];

        [Display(Name = "Starts at")]
        [Required(ErrorMessage = "Enter the local time sessions start.")]
        public TimeOnly? StartsAt { get; set; } = new(18, 0);

        [Display(Name = "Ends at")]
        [Required(ErrorMessage = "Enter the local time sessions end.")]
        public TimeOnly? EndsAt { get; set; } = new(20, 0);

        [Display(Name = "First date")]
        [Required(ErrorMessage = "Enter the first date to schedule from.")]
        public DateOnly? From { get; set; }

        public ScheduleEnd Ends { get; set; }

        [Display(Name = "Last date")]
        public DateOnly? Until { get; set; }

        [Display(Name = "Number of sessions")]
        [Range(1, SessionSchedule.MaxSessions, ErrorMessage = "Add between {1} and {2} sessions at a time.")]
        public int? Count { get; set; }

        [Display(Name = "Skip public holidays and the consortium's holidays")]
        public bool SkipHolidays { get; set; } = true;

        [Display(Name = "Other dates to skip")]
        [StringLength(4000, ErrorMessage = "Too many dates to skip; at most {1} characters.")]
        public string? SkipDates { get; set; }

        [Display(Name = "Topic")]
        [Required(ErrorMessage = "Enter the topic sessions start with.")]
        [StringLength(Session.TopicLength - 10, ErrorMessage = "A topic can be at most {1} characters.")]
        [DisplayFormat(ConvertEmptyStringToNull = false)]
        public string Topic { get; set; } = "Session " + SessionScheduleService.NumberPlaceholder;
    }
}
