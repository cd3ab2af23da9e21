using Dbs.Domain.Access;
using Dbs.Domain.Common;
using Dbs.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Portal.Tests.Support;

/// <summary>
/// The host in Development on a real port with the demo data (scale 1) generated as of <see cref="FixedClock.DemoDay"/>,
/// signing in through the demo sign-in. Shared by a test class.
/// </summary>
public sealed class DemoHost : IAsyncLifetime
{
    public PortalHost Host { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Host = new PortalHost("Development", clock: FixedClock.DemoDay, seedDemoData: true);
        Host.StartOnPort(PortalHost.FreePort());
        return Task.CompletedTask;
    }

    public WebUser NewUser() => new(Host.Address!);

    /// <summary>A contact person of the first supplier among <paramref name="supplierIds"/> (by id), skipping <paramref name="skip"/> contacts.</summary>
    public Task<(int ContactId, Actor Actor)> ContactAsync(Func<DbsDbContext, IQueryable<int>> supplierIds, int skip = 0) =>
        Host.WithDatabaseAsync(async db =>
        {
            var ids = supplierIds(db);
            var contact = await db.SupplierContacts.Where(c => ids.Contains(c.SupplierId))
                .OrderBy(c => c.SupplierId).ThenBy(c => c.Id).Skip(skip).FirstAsync();
            return (contact.Id, Actor.ForSupplier(contact.SupplierId, $"demo-contact-{contact.Id}", contact.Name));
        });

    /// <summary>The suppliers whose questionnaire this year is in <paramref name="status"/>.</summary>
    public static IQueryable<int> WithQuestionnaire(DbsDbContext db, Domain.Questionnaires.QuestionnaireStatus status) =>
        db.Questionnaires.Where(q => q.Year == Year && q.Status == status).Select(q => q.SupplierId);

    /// <summary>The <paramref name="nth"/> supplier (by id) with a draft never returned by DBS, so every question is editable.</summary>
    public static IQueryable<int> WithFirstDraft(DbsDbContext db, int nth) =>
        db.Questionnaires.Where(q => q.Year == Year && q.Status == Domain.Questionnaires.QuestionnaireStatus.Draft && q.ReturnRound == 0)
            .Select(q => q.SupplierId).OrderBy(id => id).Skip(nth).Take(1);

    public static int Year => FixedClock.DemoDay.GetUtcNow().Year;

    /// <summary>Signs <paramref name="user"/> in as the contact person, through the demo sign-in form.</summary>
    public static async Task<Page> SignInAsync(WebUser user, int contactId, string returnUrl = "/oversigt")
    {
        var page = await user.GetAsync("/udvikling/log-ind?returnUrl=" + Uri.EscapeDataString(returnUrl));
        return await user.SubmitAsync(page, page.Form("main form"),
            new Dictionary<string, string> { ["contactId"] = contactId.ToString(System.Globalization.CultureInfo.InvariantCulture) });
    }

    public Task<T> ReadAsync<T>(Actor actor, Func<AccessScope, DbsDbContext, Task<T>> read) =>
        Host.WithDatabaseAsync(db => read(new AccessScope(db, actor), db));

    public Task DisposeAsync()
    {
        Host.Dispose();
        return Task.CompletedTask;
    }
}
