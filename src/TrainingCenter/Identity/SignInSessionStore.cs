using System.Buffers.Text;
using System.Runtime.ExceptionServices;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Data;

namespace TrainingCenter.Identity;

/// <summary>
/// Keeps the login cookie's ticket in the database as a <see cref="SignInSession"/>, so the cookie carries only its
/// key and signing out (which deletes the row) ends every copy of it on every app instance. The cookie options hold
/// this store for the app's lifetime: a request's session is read with the request's own DbContext, the other calls take
/// a scope of their own for one. A signed-in request costs one read by primary key; a renewal (sliding expiry, a
/// security-stamp check) one update.
/// </summary>
public sealed class SignInSessionStore(IServiceScopeFactory scopes, IDataProtectionProvider protection, TimeProvider clock) : ITicketStore
{
    private const int KeyBytes = 32;
    private static readonly object UnreadableKey = new();
    private static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(14);
    private readonly IDataProtector protector = protection.CreateProtector("TrainingCenter.SignInSessions");

    public Task<string> StoreAsync(AuthenticationTicket ticket) => AddAsync(ticket, null, CancellationToken.None);

    public Task<string> StoreAsync(AuthenticationTicket ticket, CancellationToken cancellationToken) => AddAsync(ticket, null, cancellationToken);

    public Task<string> StoreAsync(AuthenticationTicket ticket, HttpContext httpContext, CancellationToken cancellationToken) =>
        AddAsync(ticket, httpContext.Request.Headers.UserAgent.ToString(), cancellationToken);

    public Task RenewAsync(string key, AuthenticationTicket ticket) => RenewAsync(key, ticket, CancellationToken.None);

    /// <summary>Updates the ticket of a live session; a session ended meanwhile (signed out elsewhere) stays ended.</summary>
    public async Task RenewAsync(string key, AuthenticationTicket ticket, CancellationToken cancellationToken)
    {
        var now = Now();
        var protectedTicket = Protect(ticket);
        var expires = ExpiresUtc(ticket, now);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await RenewUpdate.For(db)(db, key, protectedTicket, now, expires, cancellationToken);
    }

    /// <summary>
    /// Every renewal's UPDATE, its SQL written once per model from the model's own table and column names. EF has no
    /// compiled form of <c>ExecuteUpdate</c>: building that query again on every renewal cost twice the CPU of running
    /// this (benchmarks' RESULTS.md, section 6), once per signed-in visitor a minute (the security-stamp interval).
    /// </summary>
    private static readonly ModelCompiledQuery<Func<AppDbContext, string, byte[], DateTime, DateTime, CancellationToken, Task<int>>> RenewUpdate = new(() =>
    {
        string? sql = null;
        return (db, key, ticket, lastSeen, expires, ct) => db.Database.ExecuteSqlRawAsync(sql ??= RenewSql(db), [ticket, lastSeen, expires, key], ct);
    });

    private static string RenewSql(AppDbContext db)
    {
        var sessions = db.Model.FindEntityType(typeof(SignInSession))!;
        var table = StoreObjectIdentifier.Table(sessions.GetTableName()!, sessions.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        string Column(string property) => sql.DelimitIdentifier(sessions.FindProperty(property)!.GetColumnName(table)!);
        return $"UPDATE {sql.DelimitIdentifier(table.Name, table.Schema)} SET {Column(nameof(SignInSession.Ticket))} = {{0}}, " +
            $"{Column(nameof(SignInSession.LastSeenUtc))} = {{1}}, {Column(nameof(SignInSession.ExpiresUtc))} = {{2}} " +
            $"WHERE {Column(nameof(SignInSession.Key))} = {{3}}";
    }

    public Task<AuthenticationTicket?> RetrieveAsync(string key) => RetrieveAsync(key, CancellationToken.None);

    /// <summary>
    /// A session the database cannot read (it is down) leaves the request anonymous and is kept for
    /// <see cref="ThrowIfUnreadable"/>: thrown from here, the cookie handler would remember the error and throw it again
    /// while the error page renders, so the user would get a bare 500 and <c>/health/ready</c> no 503.
    /// </summary>
    public async Task<AuthenticationTicket?> RetrieveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken)
    {
        try
        {
            return await RetrieveAsync(httpContext.RequestServices.GetRequiredService<AppDbContext>(), key, cancellationToken);
        }
        catch (Exception unreadable) when (unreadable is not OperationCanceledException)
        {
            httpContext.Items[UnreadableKey] = ExceptionDispatchInfo.Capture(unreadable);
            return null;
        }
    }

    /// <summary>Where a request would be sent to log in: a session that could not be read is an error to show instead.</summary>
    public static void ThrowIfUnreadable(HttpContext httpContext)
    {
        if (httpContext.Items[UnreadableKey] is ExceptionDispatchInfo unreadable) unreadable.Throw();
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await RetrieveAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), key, cancellationToken);
    }

    private async Task<AuthenticationTicket?> RetrieveAsync(AppDbContext db, string key, CancellationToken cancellationToken)
    {
        var session = await SessionQuery.For(db)(db, key, cancellationToken);
        if (session is null) return null;
        if (session.ExpiresUtc <= Now())
        {
            await db.SignInSessions.Where(s => s.Key == key).ExecuteDeleteAsync(cancellationToken);
            return null;
        }
        try
        {
            return TicketSerializer.Default.Deserialize(protector.Unprotect(session.Ticket));
        }
        catch (CryptographicException)
        {
            // Protected with a key that is gone (revoked, or the key ring was replaced): the session cannot be trusted.
            return null;
        }
    }

    /// <summary>Every signed-in request's read: compiled once, as its shape never changes.</summary>
    private static readonly ModelCompiledQuery<Func<AppDbContext, string, CancellationToken, Task<StoredTicket?>>> SessionQuery = new(() =>
        EF.CompileAsyncQuery((AppDbContext db, string key, CancellationToken ct) =>
            db.SignInSessions.AsNoTracking().Where(s => s.Key == key).Select(s => new StoredTicket(s.Ticket, s.ExpiresUtc)).SingleOrDefault()));

    private sealed record StoredTicket(byte[] Ticket, DateTime ExpiresUtc);

    public Task RemoveAsync(string key) => RemoveAsync(key, CancellationToken.None);

    public async Task RemoveAsync(string key, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().SignInSessions
            .Where(s => s.Key == key)
            .ExecuteDeleteAsync(cancellationToken);
    }

    private async Task<string> AddAsync(AuthenticationTicket ticket, string? userAgent, CancellationToken ct)
    {
        var userId = ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new InvalidOperationException("A sign-in ticket without a user id cannot be kept as a session.");
        var now = Now();
        var key = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(KeyBytes));
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.SignInSessions.Add(new SignInSession(key, userId, Protect(ticket), string.IsNullOrWhiteSpace(userAgent) ? null : userAgent,
            now, ExpiresUtc(ticket, now)));
        await db.SaveChangesAsync(ct);
        return key;
    }

    private byte[] Protect(AuthenticationTicket ticket) => protector.Protect(TicketSerializer.Default.Serialize(ticket));

    private static DateTime ExpiresUtc(AuthenticationTicket ticket, DateTime now) =>
        ticket.Properties.ExpiresUtc?.UtcDateTime ?? now.Add(DefaultLifetime);

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
