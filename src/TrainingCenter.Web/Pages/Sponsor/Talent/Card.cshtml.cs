using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingCenter.TalentPool;
using TrainingCenter.Web.Accounts;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Sponsor.Talent;

/// <summary>One pseudonymous card in full, the firm's requests to this graduate, and the form to ask for an introduction.</summary>
[Authorize(Policy = Policies.Recruiter)]
public sealed class CardModel(TalentSearch search, Introductions introductions) : PageModel
{
    [BindProperty] public RequestInput Input { get; set; } = new();
    [TempData(Key = "TalentStatus")] public string? StatusMessage { get; set; }
    public TalentCardDetail Detail { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(string pseudonym, CancellationToken ct) => await LoadAsync(pseudonym, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnGetCvAsync(string pseudonym, CancellationToken ct)
    {
        if (User.MemberFirmIdOf() is not { } firmId) return Forbid();
        return await search.CvAsync(firmId, pseudonym, ct) is { } cv ? File(cv.Content, "application/pdf", cv.FileName) : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(string pseudonym, CancellationToken ct)
    {
        if (User.MemberFirmIdOf() is not { } firmId) return Forbid();
        if (!ModelState.IsValid) return await LoadAsync(pseudonym, ct) ? Page() : NotFound();
        var outcome = await introductions.RequestAsync(firmId, User.UserId(), pseudonym, Input.Message, ct);
        if (outcome is null) return NotFound();
        if (outcome.Error is { } error)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Message)}", error);
            return await LoadAsync(pseudonym, ct) ? Page() : NotFound();
        }
        StatusMessage = outcome.Message;
        return RedirectToPage(new { pseudonym });
    }

    private async Task<bool> LoadAsync(string pseudonym, CancellationToken ct)
    {
        if (User.MemberFirmIdOf() is not { } firmId || await search.CardAsync(firmId, pseudonym, ct) is not { } detail) return false;
        Detail = detail;
        return true;
    }

    public sealed class RequestInput
    {
        [Required(ErrorMessage = "Write a message: say who you are and why you would like to talk.")]
        [StringLength(Introduction.MessageLength, ErrorMessage = "The message can be at most {1} characters.")]
        public string Message { get; set; } = "";
    }
}
