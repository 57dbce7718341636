using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TrainingCenter.Data;
using TrainingCenter.TalentPool;
using TrainingCenter.Tracks;
using TrainingCenter.Web.Accounts;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Me;

/// <summary>
/// A graduate's place in the talent pool: what firms see and for how long, joining, renewing, leaving, the profile and
/// CV, introduction requests to answer, and firms to block.
/// </summary>
[Authorize(Policy = Policies.Trainee)]
public sealed class TalentPoolModel(AppDbContext db, TalentProfiles profiles, TalentPoolOptions options, TimeProvider clock, IStringLocalizer<TalentPoolModel> text) : PageModel
{
    [BindProperty] public DetailsInput Input { get; set; } = new();
    [TempData(Key = "TalentStatus")] public string? StatusMessage { get; set; }
    public PoolView? Pool { get; private set; }
    public Vouched? Facts { get; private set; }
    public IReadOnlyList<string> OfferedSkills { get; private set; } = [];
    public IReadOnlyList<ConsentRow> Consents { get; private set; } = [];
    public IReadOnlyList<RequestRow> Requests { get; private set; } = [];
    public IReadOnlyList<FirmRow> Firms { get; private set; } = [];
    public IReadOnlySet<int> Blocked { get; private set; } = new HashSet<int>();
    public DateTime NowUtc { get; private set; }
    public int ConsentDays => options.ConsentDays;
    public int SponsorFirstDays => options.SponsorFirstDays;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct, fillInput: true) ? Page() : NotFound();

    public async Task<IActionResult> OnGetCvAsync(CancellationToken ct)
    {
        var me = User.UserId();
        var cv = await db.TalentProfiles.AsNoTracking().Where(p => p.Trainee!.UserId == me && p.Cv != null)
            .Select(p => new { p.CvFileName, p.Cv }).SingleOrDefaultAsync(ct);
        return cv is null ? NotFound() : File(cv.Cv!, "application/pdf", cv.CvFileName);
    }

    public Task<IActionResult> OnPostJoinAsync(CancellationToken ct) =>
        WithDetailsAsync((trainee, details) => profiles.JoinAsync(trainee, details, ct), ct);

    public Task<IActionResult> OnPostSaveAsync(CancellationToken ct) =>
        WithDetailsAsync((trainee, details) => profiles.DescribeAsync(trainee, details, ct), ct);

    public Task<IActionResult> OnPostRenewAsync(CancellationToken ct) => ActAsync(trainee => profiles.RenewAsync(trainee, ct), ct);


    public Task<IActionResult> OnPostLeaveAsync(CancellationToken ct) => ActAsync(trainee => profiles.LeaveAsync(trainee, ct), ct);

    public Task<IActionResult> OnPostRemoveCvAsync(CancellationToken ct) => ActAsync(trainee => profiles.RemoveCvAsync(trainee, ct), ct);

    public Task<IActionResult> OnPostAcceptAsync(int introductionId, CancellationToken ct) =>
        ActAsync(trainee => profiles.AnswerAsync(trainee, introductionId, accept: true, ct), ct);

    public Task<IActionResult> OnPostDeclineAsync(int introductionId, CancellationToken ct) =>
        ActAsync(trainee => profiles.AnswerAsync(trainee, introductionId, accept: false, ct), ct);

    public Task<IActionResult> OnPostBlockAsync(int firmId, CancellationToken ct) => ActAsync(trainee => profiles.BlockAsync(trainee, firmId, ct), ct);

    public Task<IActionResult> OnPostUnblockAsync(int firmId, CancellationToken ct) => ActAsync(trainee => profiles.UnblockAsync(trainee, firmId, ct), ct);

    /// <summary>An oversized file is refused before it is read, so it is never buffered.</summary>
    public async Task<IActionResult> OnPostCvAsync(IFormFile? cv, CancellationToken ct)
    {
        if (cv is null || cv.Length == 0 || TalentProfiles.CvUpload.RefusalForSize(cv.Length) is not null)
        {
            ModelState.Clear();
            ModelState.AddModelError("cv", cv is null || cv.Length == 0 ? text["Choose your CV as a PDF file."] : TalentProfiles.CvUpload.RefusalForSize(cv.Length)!);
            return await LoadAsync(ct, fillInput: true) ? Page() : NotFound();
        }
        using var buffer = new MemoryStream();
        await cv.CopyToAsync(buffer, ct);
        return await ActAsync(trainee => profiles.AttachCvAsync(trainee, cv.FileName, buffer.ToArray(), ct), ct, errorKey: "cv");
    }

    private async Task<IActionResult> WithDetailsAsync(Func<int, TalentDetails, Task<TalentOutcome>> act, CancellationToken ct)
    {
        if (!ModelState.IsValid) return await LoadAsync(ct) ? Page() : NotFound();
        var details = new TalentDetails(Input.Headline, [.. Input.Offered, .. TalentDetails.SplitSkills(Input.Skills)],
            Input.City, Input.WillingToRelocate, Input.AvailableFrom, Input.PortfolioUrl);
        return await ActAsync(trainee => act(trainee, details), ct, keepInput: true);
    }

    /// <param name="keepInput">The profile form was posted: on a refusal it shows what was typed, not what is saved.</param>
    private async Task<IActionResult> ActAsync(Func<int, Task<TalentOutcome>> act, CancellationToken ct, string errorKey = "", bool keepInput = false)
    {
        if (!keepInput) ModelState.Clear();
        var me = User.UserId();
        var trainee = await db.Trainees.AsNoTracking().Where(t => t.UserId == me).Select(t => (int?)t.Id).SingleOrDefaultAsync(ct);
        if (trainee is not { } id) return NotFound();
        var outcome = await act(id);
        if (outcome.Error is { } error)
        {
            ModelState.AddModelError(errorKey, error);
            return await LoadAsync(ct, fillInput: !keepInput) ? Page() : NotFound();
        }
        StatusMessage = outcome.Message;
        return RedirectToPage();
    }

    private async Task<bool> LoadAsync(CancellationToken ct, bool fillInput = false)
    {
        var me = User.UserId();
        NowUtc = clock.GetUtcNow().UtcDateTime;
        var trainee = await db.Trainees.AsNoTracking().Where(t => t.UserId == me).Select(t => (int?)t.Id).SingleOrDefaultAsync(ct);
        if (trainee is not { } traineeId) return false;
        Pool = await db.TalentProfiles.AsNoTracking().Where(p => p.TraineeId == traineeId)
            .Select(p => new PoolView(p.Id, p.Headline, p.Skills, p.City, p.WillingToRelocate, p.AvailableFrom, p.PortfolioUrl, p.CvFileName,
                p.ConsentedUntilUtc, p.WithdrawnAtUtc, p.SponsorFirstUntilUtc))
            .SingleOrDefaultAsync(ct);
        var enrolmentQuery = Pool is { } pool
            ? db.Enrolments.Where(e => db.TalentProfiles.Any(p => p.Id == pool.Id && p.EnrolmentId == e.Id))
            : db.Enrolments.Where(e => e.TraineeId == traineeId && e.Certificates.Any(c => c.RevokedAtUtc == null && c.SupersededAtUtc == null));
        Facts = await enrolmentQuery.AsNoTracking()
            .OrderByDescending(e => e.Cohort!.EndDate)
            .Select(e => new Vouched(e.Cohort!.Code, e.Cohort.Title, e.Cohort.Track!.Name, e.Cohort.Track.SkillTags, e.Cohort.EndDate,
                e.Certificates.Where(c => c.RevokedAtUtc == null && c.SupersededAtUtc == null).Select(c => c.VerificationCode).FirstOrDefault()))
            .FirstOrDefaultAsync(ct);
        OfferedSkills = Facts is null ? [] : Track.SplitSkillTags(Facts.TrackSkillTags);
        if (fillInput && Pool is { } saved)
            Input = new DetailsInput
            {
                Headline = saved.Headline, City = saved.City, WillingToRelocate = saved.WillingToRelocate, AvailableFrom = saved.AvailableFrom,
                PortfolioUrl = saved.PortfolioUrl, Offered = [.. TalentDetails.SplitSkills(saved.Skills).Where(OfferedSkills.Contains)],
                Skills = string.Join(", ", TalentDetails.SplitSkills(saved.Skills).Where(s => !OfferedSkills.Contains(s))),
            };
        if (Pool is { } joined)
        {
            Consents = await db.TalentConsents.AsNoTracking().Where(c => c.TalentProfileId == joined.Id)
                .OrderByDescending(c => c.AtUtc).ThenByDescending(c => c.Id)
                .Select(c => new ConsentRow(c.Kind, c.AtUtc, c.UntilUtc)).ToListAsync(ct);
            Requests = await db.Introductions.AsNoTracking().Where(i => i.TalentProfileId == joined.Id)
                .OrderByDescending(i => i.RequestedAtUtc)
                .Select(i => new RequestRow(i.Id, i.MemberFirmId, i.MemberFirm!.Name, i.Message, i.RequestedAtUtc, i.ExpiresAtUtc, i.Status,
                    i.Status == IntroductionStatus.Accepted ? i.RequestedBy!.DisplayName : null,
                    i.Status == IntroductionStatus.Accepted ? i.RequestedBy!.Email : null))
                .ToListAsync(ct);
            Blocked = (await db.TalentBlocks.AsNoTracking().Where(b => b.TalentProfileId == joined.Id).Select(b => b.MemberFirmId).ToListAsync(ct)).ToHashSet();
            Firms = await db.MemberFirms.AsNoTracking().Where(f => f.IsActive || Blocked.Contains(f.Id)).OrderBy(f => f.Name)
                .Select(f => new FirmRow(f.Id, f.Name)).ToListAsync(ct);
        }
        return true;
    }

    public sealed record PoolView(int Id, string Headline, string Skills, string? City, bool WillingToRelocate, DateOnly? AvailableFrom,
        string? PortfolioUrl, string? CvFileName, DateTime? ConsentedUntilUtc, DateTime? WithdrawnAtUtc, DateTime SponsorFirstUntilUtc);

    public sealed record Vouched(string CohortCode, string CohortTitle, string Track, string TrackSkillTags, DateOnly CohortEnd, string? VerificationCode);

    public sealed record ConsentRow(TalentConsentKind Kind, DateTime AtUtc, DateTime? UntilUtc);

    public sealed record RequestRow(int Id, int FirmId, string FirmName, string Message, DateTime RequestedAtUtc, DateTime ExpiresAtUtc,
        IntroductionStatus Status, string? RequestedByName, string? RequestedByEmail);

    public sealed record FirmRow(int Id, string Name);

    public sealed class DetailsInput
    {
        [Required(ErrorMessage = "Write a headline: one line firms read first.")]
        [StringLength(TalentProfile.HeadlineLength, ErrorMessage = "The headline can be at most {1} characters.")]
        public string Headline { get; set; } = "";

        [StringLength(TalentProfile.SkillsLength, ErrorMessage = "Your own skills can be at most {1} characters together.")]
        public string? Skills { get; set; }

        [StringLength(TalentProfile.CityLength, ErrorMessage = "The city can be at most {1} characters.")]
        public string? City { get; set; }

        /// <summary>The track's offered tags the graduate ticked.</summary>
        public List<string> Offered { get; set; } = [];

        public bool WillingToRelocate { get; set; }

        [DataType(DataType.Date)]
        public DateOnly? AvailableFrom { get; set; }

        [StringLength(TalentProfile.LinkLength, ErrorMessage = "The link can be at most {1} characters.")]
        public string? PortfolioUrl { get; set; }
    }
}
