using Microsoft.AspNetCore.Mvc.ModelBinding;
using TrainingCenter.Paging;

namespace TrainingCenter.Web.Paging;

/// <summary>Lets every page bind <c>[BindProperty(SupportsGet = true)] PageRequest Paging</c> from the URL.</summary>
public sealed class PageRequestBinderProvider : IModelBinderProvider
{
    private static readonly PageRequestBinder Binder = new();

    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.ModelType == typeof(PageRequest) ? Binder : null;
}
