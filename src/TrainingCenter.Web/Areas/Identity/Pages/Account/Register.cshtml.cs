using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using TrainingCenter.Identity;
using TrainingCenter.Trainees;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Web.Areas.Identity.Pages.Account;

/// <summary>Replaces Identity UI's registration: every new account is a trainee with a profile (<see cref="TraineeRegistration"/>).</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitingSetup.Register)]
public sealed class RegisterModel(TraineeRegistration registration, ILogger<RegisterModel> logger) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();

    /// <summary>Where the visitor was going (a local URL only), kept through confirming the address and logging in; or null.</summary>
    public string? ReturnUrl { get; private set; }

    /// <param name="email">The address someone was invited at (a nomination), filled in for them.</param>
    public void OnGet(string? returnUrl, string? email)
    {
        ReturnUrl = LocalOrNull(returnUrl);
        Input.Email = email?.Trim() ?? "";
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl, CancellationToken ct)
    {
        ReturnUrl = LocalOrNull(returnUrl);
        if (!ModelState.IsValid) return Page();
        var problems = await registration.RegisterAsync(Input.FullName, Input.Email, Input.Password, ReturnUrl, ct);
        foreach (var problem in problems)
            ModelState.AddModelError($"{nameof(Input)}.{problem.Field}", problem.Message);
        if (problems.Count > 0) return Page();
        logger.LogInformation("A registration was recorded");
        return RedirectToPage("RegisterConfirmation", new { returnUrl = ReturnUrl });
    }

    private string? LocalOrNull(string? returnUrl) => returnUrl is not null && Url.IsLocalUrl(returnUrl) ? returnUrl : null;

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your full name as it should print on your certificate.")]
        [DisplayFormat(ConvertEmptyStringToNull = false)]
        [StringLength(Trainee.FullNameLength, ErrorMessage = "Your name can be at most {1} characters.")]
        [Display(Name = "Full name (as it should print on your certificate)")]
        public string FullName { get; set; } = "";

        [Required(ErrorMessage = "Enter your email address."), EmailAddress(ErrorMessage = "Enter a valid email address.")]
        [StringLength(256, ErrorMessage = "An email address can be at most {1} characters.")]
        [DisplayFormat(ConvertEmptyStringToNull = false)]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Choose a password."), StringLength(100, MinimumLength = 8, ErrorMessage = "The password must be at least {2} characters long.")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";

        [DataType(DataType.Password), Display(Name = "Confirm password")]
        [Compare(nameof(Password), ErrorMessage = "The two passwords do not match.")]
        public string ConfirmPassword { get; set; } = "";
    }
}
