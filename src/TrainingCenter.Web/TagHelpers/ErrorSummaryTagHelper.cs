using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace TrainingCenter.Web.TagHelpers;

/// <summary>
/// Leaves out a validation summary that has nothing to say: the built-in one writes its (red, alert-styled) box even when
/// the form is valid in "All" mode, and when only fields are in error in "ModelOnly" mode.
/// </summary>
[HtmlTargetElement("div", Attributes = SummaryAttribute)]
public sealed class ErrorSummaryTagHelper : TagHelper
{
    private const string SummaryAttribute = "asp-validation-summary";

    [HtmlAttributeName(SummaryAttribute)] public ValidationSummary Summary { get; set; }

    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var modelState = ViewContext.ViewData.ModelState;
        var hasSomethingToSay = Summary switch
        {
            ValidationSummary.All => modelState.ErrorCount > 0,
            ValidationSummary.ModelOnly => modelState.TryGetValue(string.Empty, out var entry) && entry.Errors.Count > 0,
            _ => false,
        };
        if (!hasSomethingToSay) output.SuppressOutput();
    }
}
