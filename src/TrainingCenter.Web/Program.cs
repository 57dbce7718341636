using TrainingCenter.Web.Commands;
using TrainingCenter.Web.Setup;

var builder = WebApplication.CreateBuilder(args);

builder.AddLogs();
builder.AddPublicAddress();
builder.AddDatabase();
builder.AddAccounts();
builder.AddEmail();
builder.AddDomain();
builder.AddJobs();
builder.AddBackups();
builder.AddHealth();
builder.AddPages();
builder.AddLanguages();
builder.AddOutputCaching();
builder.AddRateLimits();

var app = builder.Build();

if (args.Contains("migrate"))
{
    await app.MigrateAsync();
    return;
}

if (args is ["backup" or "restore", ..])
{
    await app.RunBackupCommandAsync(args);
    return;
}

if (args is ["copy-to", ..])
{
    await app.RunCopyCommandAsync(args);
    return;
}

app.LogEmailDelivery();
app.WarnIfKeysUnprotected();
await app.PrepareDatabaseAsync();
app.UsePages();
app.Run();

public partial class Program;
