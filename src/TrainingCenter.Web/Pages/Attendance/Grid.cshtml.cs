using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingCenter.Attendance;
using TrainingCenter.Data;
using TrainingCenter.Identity;
using TrainingCenter.Web.Accounts;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Attendance;

/// <summary>A cohort's trainees × sessions, for admins and the cohort's own instructors; also as CSV and XLSX.</summary>
[Authorize(Roles = $"{Roles.Admin},{Roles.CentreAdmin},{Roles.Instructor}")]
public sealed class GridModel(AppDbContext db, AttendanceOptions options, TimeProvider clock) : PageModel
{
    /// <summary>The viewer runs the cohort's centre (a consortium or centre admin), not only teaches it.</summary>
    public bool RunsCohort { get; private set; }

    public const int PageSize = 20;

    public AttendanceGrid Grid { get; private set; } = default!;
    public AttendanceGridOrder Order { get; private set; }
    public IReadOnlyList<AttendanceGridRow> Rows { get; private set; } = [];
    public int PageIndex { get; private set; }
    public int PageCount { get; private set; }

    /// <summary>The order as the query string spells it, or null for the default (by name).</summary>
    public string? OrderParameter => Order == AttendanceGridOrder.Risk ? "risk" : null;

    public async Task<IActionResult> OnGetAsync(string code, AttendanceGridOrder order, int pageIndex, CancellationToken ct)
    {
        if (await RefusalAsync(code, ct) is { } refusal) return refusal;
        Order = order;
        var ordered = Grid.Ordered(order);
        PageCount = Math.Max(1, (ordered.Count + PageSize - 1) / PageSize);
        PageIndex = Math.Clamp(pageIndex, 1, PageCount);
        Rows = ordered.Skip((PageIndex - 1) * PageSize).Take(PageSize).ToList();
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(string code, AttendanceGridOrder order, CancellationToken ct)
    {
        if (await RefusalAsync(code, ct) is { } refusal) return refusal;
        var csv = await AttendanceExport.CsvAsync(Grid, Grid.Ordered(order), ct);
        return File(csv, AttendanceExport.CsvContentType, AttendanceExport.FileName(Grid, "csv"));
    }

    public async Task<IActionResult> OnGetXlsxAsync(string code, AttendanceGridOrder order, CancellationToken ct)
    {
        if (await RefusalAsync(code, ct) is { } refusal) return refusal;
        return File(AttendanceExport.Xlsx(Grid, Grid.Ordered(order)), AttendanceExport.XlsxContentType, AttendanceExport.FileName(Grid, "xlsx"));
    }

    /// <summary>Loads the grid, or says why not: no such cohort, or an instructor who does not teach it.</summary>
    private async Task<IActionResult?> RefusalAsync(string code, CancellationToken ct)
    {
        var cohort = await AttendanceGridCohort.FindAsync(db, code, ct);
        if (cohort is null) return NotFound();
        RunsCohort = await User.CentreScope().RunsCohortAsync(db, cohort.Id, ct);
        if (!RunsCohort && !await CohortStaff.TeachesAsync(db, User.UserId(), cohort.Id, ct)) return Forbid();
        Grid = await AttendanceGrid.LoadAsync(db, cohort, clock.GetUtcNow().UtcDateTime, options.MinSessionsForRisk, ct);
        return null;
    }
}
