using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace TrainingCenter.Web.Filters;

/// <summary>
/// A checkbox posted with a value that is not true/false is redrawn unticked, with a message above the form: the
/// checkbox tag helper cannot draw an attempted value it cannot read and would fail the whole page, and a checkbox has
/// no message of its own.
/// </summary>
public sealed class UnreadableCheckboxes(IModelMetadataProvider metadata) : IResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is not PageResult || context.ModelState.ErrorCount == 0) return;
        foreach (var property in context.ActionDescriptor.BoundProperties)
        {
            var model = metadata.GetMetadataForType(property.ParameterType);
            var checkboxes = model.ModelType == typeof(bool)
                ? [(Key: property.Name, Name: model.GetDisplayName())]
                : model.Properties.Where(p => p.ModelType == typeof(bool)).Select(p => (Key: $"{property.Name}.{p.PropertyName}", Name: p.GetDisplayName()));
            foreach (var (key, name) in checkboxes)
            {
                if (!context.ModelState.TryGetValue(key, out var entry) || entry.Errors.Count == 0 || bool.TryParse(entry.AttemptedValue, out _)) continue;
                context.ModelState.SetModelValue(key, rawValue: false, attemptedValue: bool.FalseString);
                context.ModelState.AddModelError(string.Empty, $"\"{name}\" can only be ticked or not: please choose again.");
            }
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
