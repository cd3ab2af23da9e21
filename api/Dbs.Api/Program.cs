using Dbs.Api.Authentication;
using Dbs.Api.Commands;
using Dbs.Api.Evidence;
using Dbs.Api.GraphQL;
using Dbs.Api.Hosting;
using Dbs.Portal;

// `dotnet run --project api/Dbs.Api -- <command>` runs an admin command instead of the web server.
if (AdminCommandLine.IsCommand(args))
{
    return await AdminCommandLine.RunAsync(args, AdminContext.ForConsole());
}

var builder = WebApplication.CreateBuilder(args);

builder.AddDbsDatabase();
builder.Services.AddDbsHealthChecks();
builder.Services.AddDbsAuthentication(builder.Configuration);
builder.AddDbsGraphQL();
builder.AddDbsPortal();

var app = builder.Build();

await app.PrepareDatabaseAsync();

app.UseDbsSecurityHeaders();
app.MapStaticAssets();
app.UseDbsPortal();
app.MapDbsHealth();
app.MapDbsGraphQL();
app.MapDbsEvidence();
app.MapDbsPortal();

await app.RunAsync();
return 0;
