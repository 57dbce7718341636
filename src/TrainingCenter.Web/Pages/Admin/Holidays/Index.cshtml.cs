using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TrainingCenter.Cohorts;
using TrainingCenter.Holidays;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Holidays;

/// <summary>The holidays the schedule generator skips: Pakistan's fixed ones, and the consortium's list that admins keep.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(HolidayCalendar calendar, TimeProvider clock, IStringLocalizer<IndexModel> text) : PageModel
{
    /// <summary>How far ahead the list looks: cohorts are planned about a year out.</summary>
    public const int MonthsAhead = 18;

    [BindProperty] public InputModel Input { get; set; } = new();
    [TempData] public string? StatusMessage { get; set; }
    public IReadOnlyList<Holiday> Upcoming { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(CohortTime.ToLocal(clock.GetUtcNow().UtcDateTime, Cohort.DefaultTimeZone));
        Upcoming = await calendar.BetweenAsync(today, today.AddMonths(MonthsAhead), ct);
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return await PageAsync(ct);
        if (await calendar.AddAsync(Input.Date!.Value, Input.Name, ct) is { } refusal)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Date)}", refusal);
            return await PageAsync(ct);
        }
        StatusMessage = text["Added {0} on {1}: new timetables skip it; sessions already on it are flagged on their cohort.", Input.Name.Trim(), $"{Input.Date:ddd d MMM yyyy}"];
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, CancellationToken ct)
    {
        StatusMessage = await calendar.RemoveAsync(id, ct) ? text["Removed the holiday."] : text["That holiday was already removed."];
        return RedirectToPage();
    }

    private async Task<IActionResult> PageAsync(CancellationToken ct)
    {
        await OnGetAsync(ct);
        return Page();
    }

    public sealed class InputModel
    {
        [Display(Name = "Date")]
        [Required(ErrorMessage = "Enter the holiday's date.")]
        public DateOnly? Date { get; set; }

        [Display(Name = "Name")]
        [Required(ErrorMessage = "Name the holiday, e.g. Eid ul-Fitr.")]
        [StringLength(ConsortiumHoliday.NameLength, ErrorMessage = "A holiday's name can be at most {1} characters.")]
        [DisplayFormat(ConvertEmptyStringToNull = false)]
        public string Name { get; set; } = "";
    }
}
