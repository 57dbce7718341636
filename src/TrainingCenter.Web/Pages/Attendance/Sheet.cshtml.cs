using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TrainingCenter.Attendance;
using TrainingCenter.Data;
using TrainingCenter.Identity;
using TrainingCenter.Web.Accounts;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Attendance;

/// <summary>
/// One session's attendance sheet: every trainee the session applies to, marked and saved in one request.
/// Admins mark any session at any time; a cohort's instructors until the edit window closes.
/// </summary>
[Authorize(Roles = $"{Roles.Admin},{Roles.CentreAdmin},{Roles.Instructor}")]
public sealed class SheetModel(AppDbContext db, AttendanceSheetService sheets, IStringLocalizer<SheetModel> text) : PageModel
{
    private IReadOnlyList<AttendanceSheetRow> _stored = [];

    public AttendanceSheetSession Session { get; private set; } = default!;

    /// <summary>The viewer runs the session's centre (a consortium or centre admin): they may mark and correct as admins do.</summary>
    public bool RunsCohort { get; private set; }
    public IReadOnlyList<SheetLine> Lines { get; private set; } = [];

    /// <summary>Why the sheet is read-only now, or null when it may be changed.</summary>
    public string? Refusal { get; private set; }

    /// <summary>Shown when a save kept some rows back because someone else had changed them.</summary>
    public string? ConflictNotice { get; private set; }

    [TempData] public string? Status { get; set; }
    [BindProperty] public List<RowInput> Rows { get; set; } = [];

    public bool IsEditable => Refusal is null && Lines.Count > 0;
    public int MarkedCount => Lines.Count(l => l.Stored.IsMarked);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        Lines = _stored.Select((row, i) => SheetLine.Of(i, row)).ToList();
        return Page();
    }

    public Task<IActionResult> OnPostAsync(int id, CancellationToken ct) => SaveAsync(id, markUnmarkedPresent: false, ct);

    /// <summary>Saves the sheet as posted, with every row that was unmarked and left unmarked saved as Present.</summary>
    public Task<IActionResult> OnPostMarkAllPresentAsync(int id, CancellationToken ct) => SaveAsync(id, markUnmarkedPresent: true, ct);

    private async Task<IActionResult> SaveAsync(int id, bool markUnmarkedPresent, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        if (Refusal is not null)
        {
            ModelState.AddModelError(string.Empty, text["Your changes were not saved."]);
            Lines = _stored.Select((row, i) => SheetLine.Of(i, row)).ToList();
            return Page();
        }
        var names = _stored.ToDictionary(r => r.EnrolmentId, r => r.TraineeName);
        var errors = new Dictionary<int, List<string>>();
        var entries = new List<AttendanceSheetEntry>();
        for (var i = 0; i < Rows.Count; i++)
        {
            var input = Rows[i];
            var name = names.GetValueOrDefault(input.EnrolmentId, $"Row {i + 1}");
            if (input.ToEntry(name, markUnmarkedPresent, out var problem) is { } entry) entries.Add(entry);
            if (problem is null) continue;
            ModelState.AddModelError($"{nameof(Rows)}[{i}]", problem);
            if (!errors.TryGetValue(input.EnrolmentId, out var list)) errors[input.EnrolmentId] = list = [];
            list.Add(problem);
        }
        if (!ModelState.IsValid)
        {
            var posted = Rows.DistinctBy(r => r.EnrolmentId).ToDictionary(r => r.EnrolmentId);
            Lines = _stored.Select((row, i) => posted.TryGetValue(row.EnrolmentId, out var input)
                ? new SheetLine(i, row, input.Status, input.LateMinutes, input.Note, input.Version, null, errors.GetValueOrDefault(row.EnrolmentId) ?? [])
                : SheetLine.Of(i, row)).ToList();
            return Page();
        }

        var result = await sheets.SaveAsync(Session, _stored, entries, User.UserId(), RunsCohort, ct);
        if (result.Refusal is { } refusal)
        {
            ModelState.AddModelError(string.Empty, refusal);
            Lines = _stored.Select((row, i) => SheetLine.Of(i, row)).ToList();
            return Page();
        }
        var saved = Saved(result);
        if (result.Conflicts.Count == 0)
        {
            Status = saved;
            return RedirectToPage(new { id });
        }
        var conflicts = result.Conflicts.ToDictionary(c => c.EnrolmentId);
        var fresh = await sheets.RowsAsync(Session, ct);
        Lines = fresh.Select((row, i) => conflicts.TryGetValue(row.EnrolmentId, out var mine)
            ? new SheetLine(i, row, mine.Status?.ToString(), mine.LateMinutes, mine.Note, row.Version, mine, [])
            : SheetLine.Of(i, row)).ToList();
        var kept = result.Conflicts.Count == 1
            ? text["1 row was changed by someone else while you had this sheet open, so your mark for it was not saved."]
            : text["{0} rows were changed by someone else while you had this sheet open, so your marks for them were not saved.", result.Conflicts.Count];
        ConflictNotice = $"{kept} {saved} {text["Check the highlighted rows: your mark is filled in; press Save to replace theirs with it."]}";
        return Page();
    }

    private string Saved(AttendanceSheetResult result)
    {
        var saved = result.Changed switch
        {
            0 => text["Saved: nothing had changed."],
            1 => text["Saved: 1 mark changed."],
            var n => text["Saved: {0} marks changed.", n],
        };
        return result.Ignored == 0 ? saved : $"{saved} {text["{0} row(s) were ignored: those trainees are not on this sheet.", result.Ignored]}";
    }

    /// <summary>Finds the session and its trainees, or says why not: no such session, or an instructor who does not teach it.</summary>
    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var session = await sheets.FindSessionAsync(id, User.UserId(), ct);
        if (session is null) return NotFound();
        RunsCohort = await User.CentreScope().RunsCohortAsync(db, session.CohortId, ct);
        if (!session.MayBeMarkedBy(RunsCohort)) return Forbid();
        Session = session;
        Refusal = sheets.Refusal(session, RunsCohort);
        _stored = await sheets.RowsAsync(session, ct);
        return null;
    }

    /// <summary>A row as the page shows it: the stored mark, and the values in its controls (stored, or as posted).</summary>
    public sealed record SheetLine(
        int Index, AttendanceSheetRow Stored, string? Status, int? LateMinutes, string? Note, Guid? Version,
        AttendanceSheetEntry? Conflict, IReadOnlyList<string> Errors)
    {
        public static SheetLine Of(int index, AttendanceSheetRow row) =>
            new(index, row, row.Status?.ToString(), row.LateMinutes, row.Note, row.Version, null, []);
    }

    /// <summary>One row as posted: <see cref="Version"/> is the record's version when the sheet was loaded, empty if unmarked then.</summary>
    public sealed class RowInput
    {
        public int EnrolmentId { get; set; }
        public string? Status { get; set; }
        public int? LateMinutes { get; set; }
        public string? Note { get; set; }
        public Guid? Version { get; set; }

        /// <summary>The entry to save (null leaves the row as it is), or a problem to show, in words naming the trainee.</summary>
        public AttendanceSheetEntry? ToEntry(string name, bool markUnmarkedPresent, out string? problem)
        {
            problem = null;
            var note = string.IsNullOrWhiteSpace(Note) ? null : Note.Trim();
            if (note?.Length > AttendanceRecord.NoteLength)
            {
                problem = $"{name}: the note is too long (at most {AttendanceRecord.NoteLength} characters).";
                return null;
            }
            AttendanceStatus status;
            if (string.IsNullOrWhiteSpace(Status))
            {
                if (markUnmarkedPresent && Version is null) status = AttendanceStatus.Present;
                else
                {
                    if (note is not null || LateMinutes is not null)
                        problem = $"{name}: choose Present, Late, Excused or Absent to save the note or minutes.";
                    return null;
                }
            }
            else if (!Enum.TryParse(Status, ignoreCase: false, out status) || !Enum.IsDefined(status) || char.IsDigit(Status[0]))
            {
                problem = $"{name}: \"{Status}\" is not a mark; choose Present, Late, Excused or Absent.";
                return null;
            }
            if (status == AttendanceStatus.Late && LateMinutes is not (>= 1 and <= AttendanceSheetEntry.MaxLateMinutes))
            {
                problem = $"{name}: enter how many minutes late, from 1 to {AttendanceSheetEntry.MaxLateMinutes}.";
                return null;
            }
            return new AttendanceSheetEntry(EnrolmentId, status, status == AttendanceStatus.Late ? LateMinutes : null, note, Version);
        }
    }
}
