using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace TrainingCenter.Tests.Security;

/// <summary>A Razor Page as the app routes it: its route template and the handlers it answers POSTs with.</summary>
/// <param name="Template">e.g. <c>Admin/Cohorts/{code}/Sessions/{id:int}/Move</c>; empty for the home page.</param>
/// <param name="PostHandlers">Handler names; empty string for the unnamed <c>OnPost</c>.</param>
public sealed record PageEndpoint(string Template, IReadOnlyList<string> PostHandlers, IReadOnlyList<string> GetHandlers);

/// <summary>Discovers every page of the running app from its own action descriptors, so a new page is covered without editing a list.</summary>
public static class AppEndpoints
{
    /// <summary>Endpoints that are not Razor Pages but are part of what users reach.</summary>
    public static readonly IReadOnlyList<PageEndpoint> Others = [new("hangfire", [], [""])];

    public static async Task<IReadOnlyList<PageEndpoint>> DiscoverAsync(IServiceProvider services)
    {
        var descriptors = services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<PageActionDescriptor>()
            .Where(d => d.AttributeRouteInfo?.Template is not null)
            // An Index page answers at "X" and "X/Index": the shorter route stands for both.
            .GroupBy(d => (d.AreaName, d.ViewEnginePath))
            .Select(g => g.OrderBy(d => d.AttributeRouteInfo!.Template!.Length).First())
            .ToList();
        var loader = services.GetRequiredService<PageLoader>();
        var pages = new List<PageEndpoint>();
        foreach (var descriptor in descriptors)
        {
            var compiled = await loader.LoadAsync(descriptor, EndpointMetadataCollection.Empty);
            pages.Add(new PageEndpoint(
                descriptor.AttributeRouteInfo!.Template!,
                HandlersFor(compiled, HttpMethods.Post),
                HandlersFor(compiled, HttpMethods.Get) is { Count: > 0 } gets ? gets : [""]));
        }
        return [.. pages.OrderBy(p => p.Template, StringComparer.Ordinal), .. Others];
    }

    private static List<string> HandlersFor(CompiledPageActionDescriptor page, string method) => page.HandlerMethods
        .Where(h => string.Equals(h.HttpMethod, method, StringComparison.OrdinalIgnoreCase))
        .Select(h => h.Name ?? "").Distinct().ToList();
}
