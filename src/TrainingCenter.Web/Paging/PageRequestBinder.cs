using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using TrainingCenter.Paging;

namespace TrainingCenter.Web.Paging;

/// <summary>Binds a <see cref="PageRequest"/> from the query's <c>p</c> and <c>size</c>, whatever the property is called.</summary>
public sealed class PageRequestBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var query = bindingContext.HttpContext.Request.Query;
        bindingContext.Result = ModelBindingResult.Success(PageRequest.Of(Read(query[PageRequest.NumberKey]), Read(query[PageRequest.SizeKey])));
        return Task.CompletedTask;
    }

    private static int? Read(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
}
