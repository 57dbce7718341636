using TrainingCenter.Enrolments;

namespace TrainingCenter.Web.Pages;

/// <summary>One colour per kind of enrolment status, so a seat held, a place still open and a place given up never look alike.</summary>
public static class EnrolmentBadge
{
    public static string CssOf(EnrolmentStatus status) => status switch
    {
        EnrolmentStatus.Enrolled => "text-bg-success",
        EnrolmentStatus.Completed => "text-bg-primary",
        EnrolmentStatus.Waitlisted => "text-bg-warning",
        EnrolmentStatus.Applied or EnrolmentStatus.Accepted => "text-bg-info",
        EnrolmentStatus.Rejected or EnrolmentStatus.Dropped => "text-bg-danger",
        _ => "text-bg-light border border-secondary",
    };
}
