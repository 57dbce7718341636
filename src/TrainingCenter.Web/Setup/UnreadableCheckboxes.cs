using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace TrainingCenter.Web.Setup;

/// <summary>
/// A checkbox posted with a value that is not true/false keeps its binding error, but the form is redrawn as unticked:
/// the checkbox tag helper cannot draw an attempted value it cannot read and would fail the whole page.
/// </summary>
public sealed class UnreadableCheckboxes(IModelMetadataProvider metadata) : IResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is not PageResult || context.ModelState.ErrorCount == 0) return;
        foreach (var property in context.ActionDescriptor.BoundProperties)
        {
            var model = metadata.GetMetadataForType(property.ParameterType);
            var keys = model.ModelType == typeof(bool)
                ? [property.Name]
                : model.Properties.Where(p => p.ModelType == typeof(bool)).Select(p => $"{property.Name}.{p.PropertyName}");
            foreach (var key in keys)
                if (context.ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 && !bool.TryParse(entry.AttemptedValue, out _))
                    context.ModelState.SetModelValue(key, rawValue: false, attemptedValue: bool.FalseString);
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
