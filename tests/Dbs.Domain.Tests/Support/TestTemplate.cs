using Dbs.Domain.Persistence;
using Dbs.Domain.Questionnaires;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Domain.Tests.Support;

/// <summary>A small published template for <see cref="Year"/>, shared by every test of a database.</summary>
public static class TestTemplate
{
    public const int Year = 2031;

    public const string Instructions = "instructions.followed";
    public const string Mfa = "security.mfa";
    public const string SecurityNotes = "security.notes";
    public const string Statement = "audit.statement";
    public const string StatementPeriodEnd = "audit.period-end";
    public const string StatementKind = "audit.kind";

    public static async Task<QuestionnaireTemplate> EnsureAsync(DbsDbContext db, DateTimeOffset at)
    {
        var existing = await db.QuestionnaireTemplates.FirstOrDefaultAsync(t => t.Year == Year);
        if (existing is not null)
        {
            return existing;
        }

        var template = new QuestionnaireTemplate(Year, $"Kontrolskema {Year}");
        var general = template.AddSection("Instruks og sikkerhed").Value;
        template.AddQuestion(general, Instructions, "Behandles personoplysninger kun efter dokumenteret instruks?",
            QuestionKind.YesNo, required: true, clauseReference: "4");
        template.AddQuestion(general, Mfa, "Bruges flerfaktorautentifikation ved al administrativ adgang?",
            QuestionKind.YesNoPartially, required: true, clauseReference: "C.2");
        template.AddQuestion(general, SecurityNotes, "Øvrige bemærkninger om sikkerheden", QuestionKind.Text, required: false);
        var audit = template.AddSection("Revision").Value;
        template.AddQuestion(audit, Statement, "Vedhæft den seneste revisorerklæring", QuestionKind.File, required: true,
            clauseReference: "C.7");
        template.AddQuestion(audit, StatementPeriodEnd, "Hvornår sluttede erklæringsperioden?", QuestionKind.Date, required: false,
            clauseReference: "C.7");
        template.AddQuestion(audit, StatementKind, "Hvilken type erklæring?", QuestionKind.Choice, required: true,
            clauseReference: "C.7", options: [("isae3000", "ISAE 3000"), ("isae3402", "ISAE 3402"), ("management", "Ledelseserklæring")]);
        template.Publish(at);
        db.QuestionnaireTemplates.Add(template);
        await db.SaveChangesAsync();
        return template;
    }
}
