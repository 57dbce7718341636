using TrainingCenter.Centres;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TrainingCenter.Certificates;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;

namespace TrainingCenter.Web.Pages.Admin.Cohorts;

/// <summary>
/// Every field of a cohort as an admin types it (enrolment window in the cohort's local time), for creating and editing.
/// Pages bind it as their <c>Input</c> property, which is what its model errors are keyed to.
/// </summary>
public sealed class CohortForm
{
    [Required(ErrorMessage = "Enter the cohort's code, e.g. SE-2027-01.")]
    [RegularExpression("^\\s*[A-Za-z0-9]+(-[A-Za-z0-9]+)+\\s*$", ErrorMessage = "Use letters and digits in groups joined by hyphens, e.g. SE-2027-01.")]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "Enter the cohort's title.")]
    [StringLength(Cohort.TitleLength, ErrorMessage = "A title can be at most {1} characters.")]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Title { get; set; } = "";

    [Display(Name = "Track")]
    [Range(1, int.MaxValue, ErrorMessage = "Choose a track.")]
    public int TrackId { get; set; }

    [Display(Name = "Centre")]
    [Range(1, int.MaxValue, ErrorMessage = "Choose a centre.")]
    public int CentreId { get; set; }

    [StringLength(Cohort.DescriptionLength, ErrorMessage = "A description can be at most {1} characters.")]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Description { get; set; } = "";

    [Display(Name = "First day")]
    [Required(ErrorMessage = "Enter the first day.")]
    public DateOnly? StartDate { get; set; }

    [Display(Name = "Last day")]
    [Required(ErrorMessage = "Enter the last day.")]
    public DateOnly? EndDate { get; set; }

    /// <summary>Blank on a new cohort: the centre's zone.</summary>
    [Display(Name = "Time zone")]
    [StringLength(Cohort.TimeZoneLength, ErrorMessage = "A time zone can be at most {1} characters.")]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string TimeZoneId { get; set; } = "";

    [Required(ErrorMessage = "Enter the number of seats.")]
    [Range(1, 10_000, ErrorMessage = "Capacity must be between {1} and {2} seats.")]
    public int? Capacity { get; set; }

    [Display(Name = "Enrolment opens")]
    [Required(ErrorMessage = "Enter when enrolment opens.")]
    public DateTime? EnrolmentOpens { get; set; }

    [Display(Name = "Enrolment closes")]
    [Required(ErrorMessage = "Enter when enrolment closes.")]
    public DateTime? EnrolmentCloses { get; set; }

    [Display(Name = "Enrolment policy")]
    [EnumDataType(typeof(EnrolmentPolicy), ErrorMessage = "Choose an enrolment policy.")]
    public EnrolmentPolicy EnrolmentPolicy { get; set; }

    [Display(Name = "Certificate attendance (%)")]
    [Required(ErrorMessage = "Enter the attendance threshold.")]
    [Range(0, 100, ErrorMessage = "The attendance threshold must be between {1}% and {2}%.")]
    public int? AttendanceThresholdPercent { get; set; } = Cohort.DefaultAttendanceThreshold;

    [Display(Name = "Certificate language")]
    [EnumDataType(typeof(CertificateLanguage), ErrorMessage = "Choose the certificate's language.")]
    public CertificateLanguage CertificateLanguage { get; set; }

    /// <summary>Blank on a new cohort: the centre's address.</summary>
    [StringLength(Cohort.VenueLength, ErrorMessage = "A venue can be at most {1} characters.")]
    public string? Venue { get; set; }

    [Display(Name = "Online link")]
    [StringLength(Cohort.OnlineLinkLength, ErrorMessage = "A link can be at most {1} characters.")]
    public string? OnlineLink { get; set; }

    [EnumDataType(typeof(CohortStatus), ErrorMessage = "Choose a status.")]
    public CohortStatus Status { get; set; }

    /// <summary>The cohort's concurrency token as it was when the form was shown.</summary>
    public Guid Version { get; set; }

    [BindNever, ValidateNever] public IReadOnlyList<SelectListItem> TrackOptions { get; private set; } = [];
    [BindNever, ValidateNever] public IReadOnlyList<SelectListItem> CentreOptions { get; private set; } = [];

    /// <summary>Whether the form is for a new cohort, whose blank time zone and venue come from its centre.</summary>
    [BindNever, ValidateNever] public bool IsNew { get; private set; }
    [BindNever, ValidateNever] public IReadOnlyList<CohortStatus> StatusOptions { get; private set; } = [];

    /// <summary>The form filled from a saved cohort, times shown in its zone.</summary>
    public static CohortForm From(Cohort cohort) => new()
    {
        Code = cohort.Code,
        Title = cohort.Title,
        TrackId = cohort.TrackId,
        CentreId = cohort.CentreId,
        Description = cohort.Description,
        StartDate = cohort.StartDate,
        EndDate = cohort.EndDate,
        TimeZoneId = cohort.TimeZoneId,
        Capacity = cohort.Capacity,
        EnrolmentOpens = CohortTime.ToLocal(cohort.EnrolmentOpensAtUtc, cohort.TimeZoneId),
        EnrolmentCloses = CohortTime.ToLocal(cohort.EnrolmentClosesAtUtc, cohort.TimeZoneId),
        EnrolmentPolicy = cohort.EnrolmentPolicy,
        AttendanceThresholdPercent = cohort.AttendanceThresholdPercent,
        CertificateLanguage = cohort.CertificateLanguage,
        Venue = cohort.Venue,
        OnlineLink = cohort.OnlineLink,
        Status = cohort.Status,
        Version = cohort.Version,
    };

    /// <summary>
    /// Active tracks and centres (plus the cohort's own, even if retired or inactive) and the statuses the cohort may take.
    /// </summary>
    public async Task LoadOptionsAsync(AppDbContext db, Cohort? existing, CentreScope scope, IStringLocalizerFactory localizers, CancellationToken ct)
    {
        var text = Text(localizers);
        IsNew = existing is null;
        var currentTrackId = existing?.TrackId;
        var tracks = await db.Tracks.AsNoTracking()
            .Where(t => !t.IsRetired || t.Id == currentTrackId)
            .OrderBy(t => t.Name)
            .Select(t => new { t.Id, t.Name, t.Code, t.IsRetired })
            .ToListAsync(ct);
        TrackOptions =
        [
            new SelectListItem(text["Choose a track"], "0"),
            .. tracks.Select(t => new SelectListItem(t.IsRetired ? text["{0} ({1}), retired", t.Name, t.Code] : $"{t.Name} ({t.Code})", t.Id.ToString())),
        ];
        var currentCentreId = existing?.CentreId;
        var centres = await scope.Centres(db).AsNoTracking()
            .Where(c => c.IsActive || c.Id == currentCentreId)
            .OrderBy(c => c.City).ThenBy(c => c.Name)
            .Select(c => new { c.Id, c.Name, c.City, c.IsActive })
            .ToListAsync(ct);
        CentreOptions =
        [
            new SelectListItem(text["Choose a centre"], "0"),
            .. centres.Select(c => new SelectListItem(c.IsActive ? $"{c.Name} ({c.City})" : text["{0} ({1}), inactive", c.Name, c.City], c.Id.ToString())),
        ];
        StatusOptions = existing is null ? Cohort.InitialStatuses : [existing.Status, .. existing.NextStatuses()];
    }

    /// <summary>
    /// Tidies the input (trims, upper-cases the code, names the zone by its IANA id) and checks what the attributes
    /// cannot: dates and enrolment window in order, a real zone and local times that exist in it, a web link, a sensible
    /// status move, and (asking <paramref name="cohorts"/>) a unique code, an active track and capacity above the seats
    /// already committed. Returns the details for <see cref="CohortService"/> when everything holds.
    /// </summary>
    public async Task<CohortDetails?> CheckAsync(
        CohortService cohorts, Cohort? existing, CentreScope scope, ModelStateDictionary modelState, IStringLocalizerFactory localizers, CancellationToken ct)
    {
        var text = Text(localizers);
        Code = Cohort.NormalizeCode(Code);
        Title = Title.Trim();
        Description = Description.Trim();
        Venue = string.IsNullOrWhiteSpace(Venue) ? null : Venue.Trim();
        OnlineLink = string.IsNullOrWhiteSpace(OnlineLink) ? null : OnlineLink.Trim();

        if (Code.Length > Cohort.CodeLength)
            modelState.AddModelError(Field(nameof(Code)), text["A code can be at most {0} characters.", Cohort.CodeLength]);
        var refusals = await cohorts.RefusalsAsync(existing, Code.Length is > 0 and <= Cohort.CodeLength ? Code : null,
            TrackId > 0 ? TrackId : null, CentreId > 0 ? CentreId : null, Capacity, scope, ct);
        ShowRefusals(refusals, modelState);

        if (EndDate < StartDate) modelState.AddModelError(Field(nameof(EndDate)), text["The last day cannot come before the first day."]);

        if (OnlineLink is not null && !IsWebAddress(OnlineLink))
            modelState.AddModelError(Field(nameof(OnlineLink)), text["Enter a full web address starting with https://."]);

        var current = existing?.Status;
        if (current is { } from && !Cohort.CanMove(from, Status))
            modelState.AddModelError(Field(nameof(Status)), Cohort.TransitionRefusal(from, Status));
        else if (current is null && !Cohort.InitialStatuses.Contains(Status))
            modelState.AddModelError(Field(nameof(Status)),
                Cohort.OpeningRefusal(null, Status, sessionsPlanned: 0) ?? text["A new cohort starts as {0}.", string.Join(" / ", Cohort.InitialStatuses.Select(s => s.DisplayName()))]);

        if (string.IsNullOrWhiteSpace(TimeZoneId) && existing is null && CentreId > 0)
            TimeZoneId = await cohorts.CentreTimeZoneAsync(CentreId, ct) ?? "";
        if (!CohortTime.TryFindZone(TimeZoneId, out var zoneId))
        {
            // An unknown centre already has its "choose a centre" message.
            if (existing is not null || CentreId > 0)
                modelState.AddModelError(Field(nameof(TimeZoneId)), string.IsNullOrWhiteSpace(TimeZoneId)
                    ? text["Enter the time zone, e.g. Asia/Karachi."]
                    : text["{0} is not a time zone this server knows; use an IANA name such as Asia/Karachi or Europe/London.", TimeZoneId.Trim()]);
            return null;
        }
        TimeZoneId = zoneId;
        var opens = ToUtc(EnrolmentOpens, nameof(EnrolmentOpens), modelState);
        var closes = ToUtc(EnrolmentCloses, nameof(EnrolmentCloses), modelState);
        if (opens is null || closes is null) return null;
        if (closes <= opens)
        {
            modelState.AddModelError(Field(nameof(EnrolmentCloses)), text["Enrolment must close after it opens."]);
            return null;
        }
        if (!modelState.IsValid) return null;
        return new CohortDetails(Code, Title, TrackId, CentreId, Description, StartDate!.Value, EndDate!.Value, TimeZoneId, Capacity!.Value,
            opens.Value, closes.Value, EnrolmentPolicy, AttendanceThresholdPercent!.Value, Venue, OnlineLink, Status, CertificateLanguage);
    }

    /// <summary>Shows why <see cref="CohortService"/> refuses, each reason beside its field; false when there is none.</summary>
    public static bool ShowRefusals(IReadOnlyList<CohortRefusal> refusals, ModelStateDictionary modelState)
    {
        foreach (var refusal in refusals)
            modelState.AddModelError(refusal.Field == CohortField.Whole ? string.Empty : Field(refusal.Field.ToString()), refusal.Error);
        return refusals.Count > 0;
    }

    private DateTime? ToUtc(DateTime? local, string field, ModelStateDictionary modelState)
    {
        if (local is not { } value) return null;
        try
        {
            return CohortTime.ToUtc(value, TimeZoneId);
        }
        catch (InvalidLocalTimeException e)
        {
            modelState.AddModelError(Field(field), e.Message);
            return null;
        }
    }

    private static bool IsWebAddress(string link) =>
        Uri.TryCreate(link, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && !string.IsNullOrEmpty(uri.Host);

    private static string Field(string name) => $"Input.{name}";

    private static IStringLocalizer<CohortForm> Text(IStringLocalizerFactory localizers) => new StringLocalizer<CohortForm>(localizers);
}
