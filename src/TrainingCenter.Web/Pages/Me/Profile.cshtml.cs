using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TrainingCenter.Data;
using TrainingCenter.Identity;
using TrainingCenter.Trainees;
using TrainingCenter.Web.Accounts;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Me;

/// <summary>The signed-in trainee's own profile; the name is the one their certificates will print.</summary>
[Authorize(Policy = Policies.Trainee)]
public sealed class ProfileModel(AppDbContext db, TraineeProfiles profiles, SignInManager<ApplicationUser> signIn, IStringLocalizer<ProfileModel> text) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    /// <summary>Its own key: a message another page left unread (an account page's, say) must not turn up here later.</summary>
    [TempData(Key = "ProfileStatus")] public string? StatusMessage { get; set; }
    public string? Email => User.Identity?.Name;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var me = User.UserId();
        var profile = await db.Trainees.AsNoTracking()
            .Where(t => t.UserId == me)
            .Select(t => new InputModel
            {
                FullName = t.FullName, Phone = t.Phone, City = t.City, HighestEducation = t.HighestEducation, Motivation = t.Motivation,
                WantsReminders = t.WantsReminders,
            })
            .SingleOrDefaultAsync(ct);
        if (profile is null) return NotFound();
        Input = profile;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        var profile = new TraineeProfile(Input.FullName, Input.Phone, Input.City, Input.HighestEducation, Input.Motivation, Input.WantsReminders);
        if (await profiles.SaveAsync(User.UserId(), profile, ct) is not { } saved) return NotFound();
        // The navigation shows the name from the login cookie.
        if (saved.Renamed) await signIn.RefreshSignInAsync(saved.User);

        StatusMessage = text["Your profile has been saved."];
        return RedirectToPage();
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your full name as it should print on your certificate.")]
        [DisplayFormat(ConvertEmptyStringToNull = false)]
        [StringLength(Trainee.FullNameLength, ErrorMessage = "Your name can be at most {1} characters.")]
        [Display(Name = "Full name (exactly as it should print on your certificate)")]
        public string FullName { get; set => field = value?.Trim() ?? ""; } = "";

        [PhoneNumber]
        [Display(Name = "Phone")]
        public string? Phone { get; set => field = value?.Trim(); }

        [StringLength(Trainee.CityLength, ErrorMessage = "The city can be at most {1} characters.")]
        [Display(Name = "City")]
        public string? City { get; set => field = value?.Trim(); }

        [StringLength(Trainee.EducationLength, ErrorMessage = "Highest education can be at most {1} characters.")]
        [Display(Name = "Highest education")]
        public string? HighestEducation { get; set => field = value?.Trim(); }

        [StringLength(Trainee.MotivationLength, ErrorMessage = "Your motivation can be at most {1} characters.")]
        [Display(Name = "Why do you want to train with us?")]
        public string? Motivation { get; set => field = value?.Trim(); }

        [Display(Name = "Email me reminders")]
        public bool WantsReminders { get; set; } = true;
    }
}
