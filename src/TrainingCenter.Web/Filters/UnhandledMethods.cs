using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace TrainingCenter.Web.Filters;

/// <summary>
/// A request no handler of the page answers would otherwise render the page without loading what it shows, and fail.
/// A method the page has no handler for (PUT, DELETE, OPTIONS...) gets 405 with the methods it does handle; a POST to
/// a page whose POST handlers all have names, naming none of them, gets 400. GET and HEAD (which Razor Pages answers
/// with the GET handler) are left alone: a page without an unnamed GET handler renders as it is.
/// </summary>
public sealed class UnhandledMethods : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        var method = context.HttpContext.Request.Method;
        if (context.HandlerMethod is not null || HttpMethods.IsGet(method) || HttpMethods.IsHead(method)) return;
        var handled = context.ActionDescriptor.HandlerMethods.Select(h => h.HttpMethod.ToUpperInvariant())
            .Prepend(HttpMethods.Head).Prepend(HttpMethods.Get).Distinct().ToList();
        if (handled.Contains(method, StringComparer.OrdinalIgnoreCase))
        {
            context.Result = new BadRequestResult();
            return;
        }
        context.HttpContext.Response.Headers.Allow = string.Join(", ", handled);
        context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}
