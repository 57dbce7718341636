using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TrainingCenter.Applications;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;
using TrainingCenter.Web.Accounts;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Applications;

/// <summary>One application as staff review it: the profile, the answers, staff's notes and score, and the decision.</summary>
[Authorize(Policy = Policies.CentreStaff)]
public sealed class ApplicantModel(AppDbContext db, EnrolmentService enrolments, IStringLocalizer<ApplicantModel> text) : PageModel
{
    public Applicant Application { get; private set; } = default!;
    public IReadOnlyList<AnswerRow> Answers { get; private set; } = [];
    public IReadOnlyList<ApplicationWarning> Warnings { get; private set; } = [];
    [TempData] public string? Status { get; set; }

    [BindProperty, StringLength(Enrolment.ReviewNotesLength, ErrorMessage = "Staff notes can be at most {1} characters."), Display(Name = "Staff notes")] public string? Notes { get; set; }

    [BindProperty, Range(Enrolment.LowestScore, Enrolment.HighestScore, ErrorMessage = "The field {0} must be between {1} and {2}."), Display(Name = "Score")] public int? Score { get; set; }

    /// <summary>Ticked as "Accept anyway": the admin has read the warnings.</summary>
    [BindProperty] public bool WarningsConfirmed { get; set; }

    /// <summary>Required to reject: the applicant reads it.</summary>
    [BindProperty, StringLength(EnrolmentStatusChange.ReasonLength, ErrorMessage = "A reason can be at most {1} characters.")] public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, int id, CancellationToken ct)
    {
        if (!await LoadAsync(code, id, ct)) return NotFound();
        Notes = Application.ReviewNotes;
        Score = Application.ReviewScore;
        return Page();
    }

    public async Task<IActionResult> OnPostReviewAsync(string code, int id, CancellationToken ct)
    {
        if (!await LoadAsync(code, id, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        var enrolment = await db.Enrolments.SingleAsync(e => e.Id == id, ct);
        enrolment.Review(Notes, Score);
        await db.SaveChangesAsync(ct);
        Status = text["Notes and score saved."];
        return RedirectToPage(new { code, id });
    }

    /// <summary>Accept, waitlist or reject this one application, by the same rules as deciding several on the list.</summary>
    public async Task<IActionResult> OnPostDecideAsync(string code, int id, EnrolmentDecision? decision, CancellationToken ct)
    {
        if (!await LoadAsync(code, id, ct)) return NotFound();
        Notes = Application.ReviewNotes;
        Score = Application.ReviewScore;
        ModelState.Remove(nameof(Notes));
        ModelState.Remove(nameof(Score));
        if (decision is null) ModelState.AddModelError(string.Empty, text["Choose Accept, Waitlist or Reject."]);
        if (!ModelState.IsValid) return Page();
        var outcome = await enrolments.DecideAsync(Application.CohortId, [id], decision!.Value, Reason, WarningsConfirmed, User.UserId(), ct);
        if (outcome.Error is { } error)
        {
            ModelState.AddModelError(string.Empty, error);
            return Page();
        }
        Status = outcome.Message;
        return RedirectToPage(new { code, id });
    }

    private async Task<bool> LoadAsync(string code, int id, CancellationToken ct)
    {
        var application = await db.Enrolments.AsNoTracking()
            .Where(e => e.Id == id).Where(e => db.Cohorts.Where(TrainingCenter.Cohorts.Cohort.WithCode(code)).Any(c => c.Id == e.CohortId))
            .Select(e => new Applicant(e.Id, e.CohortId, e.Cohort!.Code, e.Cohort.Title, e.Cohort.TimeZoneId, e.Status, e.AppliedAtUtc,
                e.NominatedByFirm == null ? null : e.NominatedByFirm.ShortName,
                e.Trainee!.FullName, e.Trainee.User!.Email, e.Trainee.Phone, e.Trainee.City, e.Trainee.HighestEducation, e.Trainee.Motivation,
                e.ReviewNotes, e.ReviewScore))
            .SingleOrDefaultAsync(ct);
        if (application is null) return false;
        Application = application;
        Answers = await db.ApplicationQuestions.AsNoTracking()
            .Where(q => q.CohortId == application.CohortId)
            .OrderBy(q => q.Position).ThenBy(q => q.Id)
            .Select(q => new AnswerRow(q.Text, q.IsRequired, db.ApplicationAnswers.Where(a => a.EnrolmentId == id && a.QuestionId == q.Id).Select(a => a.Text).FirstOrDefault()))
            .ToListAsync(ct);
        if (application.CanBeDecided) Warnings = await ApplicationWarnings.ForAsync(db, application.CohortId, [id], ct);
        return true;
    }

    public sealed record Applicant(
        int Id, int CohortId, string Code, string Title, string TimeZoneId, EnrolmentStatus Status, DateTime AppliedAtUtc, string? NominatedBy,
        string FullName, string? Email, string? Phone, string? City, string? Education, string? Motivation, string? ReviewNotes, int? ReviewScore)
    {
        public bool CanBeDecided => Status is EnrolmentStatus.Applied or EnrolmentStatus.Waitlisted;
    }

    public sealed record AnswerRow(string Question, bool IsRequired, string? Answer);
}
