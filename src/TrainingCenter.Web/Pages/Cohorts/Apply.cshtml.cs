using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using TrainingCenter.Applications;
using TrainingCenter.Enrolments;
using TrainingCenter.Outcomes;
using TrainingCenter.Web.Setup;
using TrainingCenter.Web.Accounts;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Cohorts;

[Authorize(Policy = Policies.Trainee)]
[EnableRateLimiting(RateLimitingSetup.Apply)]
[AdmittedInTurn]
public sealed class ApplyModel(EnrolmentService enrolments) : PageModel
{
    /// <summary>What the applicant means to do after the cohort; they may leave it unsaid.</summary>
    [BindProperty] public CareerIntent? Intent { get; set; }

    public ApplicationFormView.CohortShown Cohort { get; private set; } = default!;
    public ApplicationFormView.ApplicantProfile Profile { get; private set; } = default!;
    public IReadOnlyList<QuestionOnForm> Questions { get; private set; } = [];

    /// <summary>The answers typed, by question id: kept on the form when applying is refused.</summary>
    /// <remarks>Named, so a form without answers binds nothing rather than trying every other field as an answer.</remarks>
    [BindProperty(Name = nameof(Answers))] public Dictionary<int, string?> Answers { get; set; } = [];

    /// <summary>Why applying would be refused now; the page then says so instead of offering to apply.</summary>
    public string? Refusal { get; private set; }

    /// <summary>The trainee withdrew from this cohort before: applying again is a new application.</summary>
    public bool Returning { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct) => await LoadAsync(code, ct) ? Page() : NotFound();

    /// <remarks>
    /// The page's data is loaded only when the form is shown again: the service checks the answers itself, and in an
    /// opening-day rush nearly every post applies and redirects.
    /// </remarks>
    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        if (ModelState.GetFieldValidationState(nameof(Intent)) == ModelValidationState.Invalid || (Intent is { } intent && !Enum.IsDefined(intent)))
            ModelState.AddModelError(nameof(Intent), CareerIntents.ChooseOne);
        if (!ModelState.IsValid)
        {
            if (!await LoadAsync(code, ct)) return NotFound();
            foreach (var (id, problem) in ApplicationForm.Check(Questions, Answers).Problems) ModelState.AddModelError(AnswerKey(id), problem);
            return Page();
        }
        var outcome = await enrolments.ApplyAsync(code, User.UserId(), Intent, Answers, ct);
        if (outcome.Error is { } error)
        {
            if (!await LoadAsync(code, ct)) return NotFound();
            foreach (var (id, problem) in outcome.AnswerProblems) ModelState.AddModelError(AnswerKey(id), problem);
            if (outcome.AnswerProblems.Count == 0) ModelState.AddModelError(string.Empty, error);
            return Page();
        }
        TempData["Status"] = outcome.Message;
        return RedirectToPage("/Me/Enrolments");
    }

    /// <summary>The form field of a question's answer, where its message shows.</summary>
    public static string AnswerKey(int questionId) => $"{nameof(Answers)}[{questionId}]";

    /// <summary>The page's data, one query (the service's): false when there is no such published cohort.</summary>
    private async Task<bool> LoadAsync(string code, CancellationToken ct)
    {
        if (await enrolments.ApplicationFormAsync(code, User.UserId(), ct) is not { } form) return false;
        (Cohort, Questions, Profile, Refusal, Returning) = (form.Cohort, form.Questions, form.Profile, form.Refusal, form.Returning);
        return true;
    }
}
