using Microsoft.AspNetCore.Diagnostics;

namespace TrainingCenter.Web.Middleware;

public static class ErrorPages
{
    /// <summary>
    /// Friendly pages for 400–599 and unhandled errors. The error page is always rendered as a plain GET: when the
    /// failed request was a POST whose form could not be read (too large, malformed), reading it again would fail too.
    /// </summary>
    public static IApplicationBuilder UseErrorPages(this IApplicationBuilder app)
    {
        app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        return app.Use((context, next) =>
        {
            if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null)
            {
                context.Request.Method = HttpMethods.Get;
                context.Request.ContentType = null;
            }
            return next(context);
        });
    }
}
