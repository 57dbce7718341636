namespace TrainingCenter.Web.Middleware;

/// <summary>
/// Nothing answered to a signed-in user is stored by a browser or proxy: pages, certificate PDFs and ZIPs, exports and
/// chart JSON are about people or money. Static assets are answered at routing, before this runs, and stay cacheable.
/// </summary>
public static class PrivateResponses
{
    public static IApplicationBuilder UsePrivateResponses(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (context.User.Identity?.IsAuthenticated == true)
            {
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers.CacheControl = "no-store";
                    return Task.CompletedTask;
                });
            }
            return next(context);
        });
}
