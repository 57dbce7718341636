using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using TrainingCenter.Data;
using TrainingCenter.Identity;
using TrainingCenter.Notifications;
using TrainingCenter.Trainees;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Web.Areas.Identity.Pages.Account;

/// <summary>Replaces Identity UI's registration: every new account is a trainee with a profile.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitingSetup.Register)]
public sealed class RegisterModel(
    UserManager<ApplicationUser> users, AppDbContext db, AccountEmails emails, Outbox outbox, ILogger<RegisterModel> logger) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    public string ReturnUrl { get; private set; } = "/";

    public void OnGet(string? returnUrl) => ReturnUrl = LocalOrHome(returnUrl);

    public async Task<IActionResult> OnPostAsync(string? returnUrl, CancellationToken ct)
    {
        ReturnUrl = LocalOrHome(returnUrl);
        if (!ModelState.IsValid) return Page();
        Input.FullName = Input.FullName.Trim();
        Input.Email = Input.Email.Trim();

        // The password is judged before the address, so a weak one is refused alike whether or not the address is taken.
        var user = new ApplicationUser { UserName = Input.Email, Email = Input.Email, DisplayName = Input.FullName };
        var passwordProblems = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
            passwordProblems.AddRange((await validator.ValidateAsync(users, user, Input.Password)).Errors);
        foreach (var problem in passwordProblems)
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Password)}", problem.Description);
        if (passwordProblems.Count > 0) return Page();

        // An address that has an account gets a notice, not a second account; the page says the same as for a new one.
        if (await users.FindByEmailAsync(Input.Email) is { } existing)
        {
            await emails.SendAsync(existing, AccountEmailKind.AlreadyRegistered, ct);
            return RedirectToPage("RegisterConfirmation", new { returnUrl = ReturnUrl });
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var created = await users.CreateAsync(user, Input.Password);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
                ModelState.AddModelError(error.Code.Contains("Email") || error.Code.Contains("UserName")
                    ? $"{nameof(Input)}.{nameof(Input.Email)}" : $"{nameof(Input)}.{nameof(Input.Password)}", error.Description);
            return Page();
        }
        await users.AddToRoleAsync(user, Roles.Trainee);
        db.Trainees.Add(new Trainee(user.Id, Input.FullName));
        await db.SaveChangesAsync(ct);
        var confirmation = await emails.AddAsync(user, AccountEmailKind.ConfirmAddress, ct);
        await transaction.CommitAsync(ct);
        outbox.Deliver(confirmation);
        logger.LogInformation("A new trainee registered");
        return RedirectToPage("RegisterConfirmation", new { returnUrl = ReturnUrl });
    }

    private string LocalOrHome(string? returnUrl) => returnUrl is not null && Url.IsLocalUrl(returnUrl) ? returnUrl : Url.Content("~/");

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your full name as it should print on your certificate.")]
        [DisplayFormat(ConvertEmptyStringToNull = false)]
        [StringLength(Trainee.FullNameLength, ErrorMessage = "Your name can be at most {1} characters.")]
        [Display(Name = "Full name (as it should print on your certificate)")]
        public string FullName { get; set; } = "";

        [Required, EmailAddress, StringLength(256)]
        [DisplayFormat(ConvertEmptyStringToNull = false)]
        public string Email { get; set; } = "";

        [Required, StringLength(100, MinimumLength = 8, ErrorMessage = "The password must be at least {2} characters long.")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";

        [DataType(DataType.Password), Display(Name = "Confirm password")]
        [Compare(nameof(Password), ErrorMessage = "The two passwords do not match.")]
        public string ConfirmPassword { get; set; } = "";
    }
}
