using System.Globalization;
using Microsoft.AspNetCore.Razor.TagHelpers;
using TrainingCenter.Cohorts;

namespace TrainingCenter.Web.TagHelpers;

/// <summary>
/// The one way a moment is shown: in the cohort's time zone, named (<see cref="CohortTime.Format"/>), with the UTC time in
/// the tooltip for staff comparing with logs. <c>&lt;local-time utc="@x" zone="@cohort.TimeZoneId" /&gt;</c>.
/// </summary>
[HtmlTargetElement("local-time", TagStructure = TagStructure.WithoutEndTag)]
public sealed class LocalTimeTagHelper : TagHelper
{
    public DateTime Utc { get; set; }

    /// <summary>The cohort's zone; the consortium's default when the moment belongs to no one cohort.</summary>
    public string Zone { get; set; } = Cohort.DefaultTimeZone;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "time";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("datetime", Utc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        output.Attributes.SetAttribute("title", Utc.ToString("d MMM yyyy, HH:mm", CultureInfo.InvariantCulture) + " UTC");
        output.Content.SetContent(CohortTime.Format(Utc, Zone));
    }
}
