using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dbs.Domain.Common;
using Dbs.Domain.Questionnaires;
using Dbs.Domain.SubProcessors;
using Dbs.Domain.Suppliers;
using static Dbs.Domain.Seeding.Expectations;

namespace Dbs.Domain.Seeding;

public sealed partial class DemoDataGenerator
{
    private static readonly (QuestionnaireStatus, double)[] QuestionnaireStatuses =
    [
        (QuestionnaireStatus.NotStarted, 15), (QuestionnaireStatus.Draft, 30), (QuestionnaireStatus.Submitted, 20),
        (QuestionnaireStatus.ReturnedForClarification, 10), (QuestionnaireStatus.Accepted, 25),
    ];

    private static readonly Dictionary<string, (string, double)[]> ChoiceWeights = new(StringComparer.Ordinal)
    {
        ["security.isms"] = [("iso27001-certified", 35), ("iso27001-aligned", 40), ("other", 10), ("none", 15)],
        ["sub-processors.supervision-method"] =
            [("auditor-statement", 50), ("management-statement", 20), ("written", 20), ("physical", 5), ("none", 5)],
        ["breaches.notification-deadline"] = [("24h", 45), ("48h", 35), ("72h", 18), ("later", 2)],
        ["audit.statement-type"] =
        [
            ("isae3000-reasonable", 35), ("isae3000-limited", 10), ("isae3402-type2", 25), ("isae3402-type1", 5),
            ("management-statement", 20), ("none", 5),
        ],
    };

    private readonly Dictionary<Supplier, Questionnaire> _questionnaires = [];

    private void CreateQuestionnaires()
    {
        foreach (var supplier in _suppliers)
        {
            var questionnaire = new Questionnaire(supplier, _template, _opened.AddDays(90));
            _questionnaires[supplier] = questionnaire;

            var status = _random.Weighted(QuestionnaireStatuses);
            if (status == QuestionnaireStatus.NotStarted)
            {
                continue;
            }

            var actor = SupplierUser(supplier);
            var at = _random.During(_random.DateBetween(_opened, NotAfterToday(_opened.AddDays(100))));
            Expect(questionnaire.Start(actor, at));
            Audit(questionnaire, actor, at, "StartQuestionnaire", """{"Status":"NotStarted"}""", """{"Status":"Draft"}""");

            var answers = Answers(supplier);
            var roundOfClarification = status == QuestionnaireStatus.ReturnedForClarification || _random.Chance(0.3);
            if (status == QuestionnaireStatus.Draft && !roundOfClarification)
            {
                // Still filling it in: the first part of the questionnaire is answered.
                var share = answers.Count * _random.Between(30, 90) / 100;
                Expect(questionnaire.SaveAnswers(actor, answers.Take(share).ToList(), at = After(at, 1, 20)));
                continue;
            }

            Expect(questionnaire.SaveAnswers(actor, answers, at = After(at, 2, 30)));
            AttachFiles(questionnaire, supplier, answers, actor, at = After(at, 0, 2));
            at = Submit(questionnaire, actor, After(at, 0, 3));

            if (roundOfClarification)
            {
                var reviewer = _random.Pick(Staff);
                var comments = _random.Sample(DemoVocabulary.Clarifications, _random.Between(1, 3))
                    .Select(c => new ClarificationInput(c.QuestionKey, c.Comment))
                    .ToList();
                at = After(at, 5, 20);
                Expect(questionnaire.ReturnForClarification(reviewer, comments, at));
                Audit(questionnaire, reviewer, at, "ReturnQuestionnaireForClarification", """{"Status":"Submitted"}""",
                    """{"Status":"ReturnedForClarification"}""");
                if (status == QuestionnaireStatus.ReturnedForClarification)
                {
                    continue;
                }

                Expect(questionnaire.Reopen(actor, at = After(at, 1, 10)));
                Clarify(questionnaire, supplier, comments, actor, at = After(at, 0, 5));
                if (status == QuestionnaireStatus.Draft)
                {
                    continue;
                }

                at = Submit(questionnaire, actor, After(at, 0, 5));
            }

            if (status == QuestionnaireStatus.Accepted)
            {
                var reviewer = _random.Pick(Staff);
                at = After(at, 7, 40);
                Expect(questionnaire.Accept(reviewer, at));
                Audit(questionnaire, reviewer, at, "AcceptQuestionnaire", """{"Status":"Submitted"}""", """{"Status":"Accepted"}""");
            }
        }
    }

    private DateTimeOffset Submit(Questionnaire questionnaire, Actor actor, DateTimeOffset at)
    {
        Expect(questionnaire.Submit(actor, at));
        Audit(questionnaire, actor, at, "SubmitQuestionnaire", """{"Status":"Draft"}""", """{"Status":"Submitted"}""");
        return at;
    }

    /// <summary>After a return, the supplier answers the questions DBS commented on.</summary>
    private void Clarify(Questionnaire questionnaire, Supplier supplier, List<ClarificationInput> comments, Actor actor, DateTimeOffset at)
    {
        var inputs = new List<AnswerInput>();
        foreach (var comment in comments)
        {
            var question = _template.FindQuestion(comment.QuestionKey)!;
            if (question.Kind == QuestionKind.File)
            {
                Expect(questionnaire.AddAttachment(actor, Attachment(supplier, question.Key, "Supplerende erklæring"), at));
                continue;
            }

            var existing = questionnaire.AnswerTo(question);
            var value = question.Kind switch
            {
                QuestionKind.Date => _random.DateBetween(_opened.AddDays(-200), NotAfterToday(_opened)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                QuestionKind.Text => "Uddybet efter DBS' spørgsmål: " + (existing?.Value ?? "der har ikke været brud i perioden."),
                _ => existing?.Value,
            };
            inputs.Add(new AnswerInput(question.Key, value, "Uddybet efter DBS' spørgsmål.", existing?.Version ?? 0));
        }

        if (inputs.Count > 0)
        {
            Expect(questionnaire.SaveAnswers(actor, inputs, at));
        }
    }

    private void AttachFiles(Questionnaire questionnaire, Supplier supplier, List<AnswerInput> answers, Actor actor, DateTimeOffset at)
    {
        var statementType = answers.Single(a => a.QuestionKey == "audit.statement-type").Value;
        var title = statementType switch
        {
            "isae3000-reasonable" or "isae3000-limited" => "ISAE 3000-erklæring",
            "isae3402-type1" => "ISAE 3402 type 1-erklæring",
            "isae3402-type2" => "ISAE 3402 type 2-erklæring",
            "management-statement" => "Ledelseserklæring",
            _ => "Redegørelse for manglende erklæring",
        };
        Expect(questionnaire.AddAttachment(actor, Attachment(supplier, "audit.statement-file", title), at));
        if (_random.Chance(0.4))
        {
            Expect(questionnaire.AddAttachment(actor, Attachment(supplier, "sub-processors.statements", "Erklæringer fra underdatabehandlere"), at));
        }
    }

    private AttachmentInput Attachment(Supplier supplier, string questionKey, string title)
    {
        var brand = _profiles[supplier].Brand;
        var fileName = $"{title} {_year - 1} – {brand}.pdf";
        var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{supplier.Cvr}/{questionKey}/{fileName}")));
        return new AttachmentInput(questionKey, fileName, "application/pdf", _random.Between(180_000, 4_500_000), digest,
            $"attachments/{_year}/{supplier.Cvr}/{_random.NextGuid():N}.pdf");
    }

    private Actor SupplierUser(Supplier supplier)
    {
        var contact = supplier.Contacts.First();
        return Actor.ForSupplier(supplier.Id, $"leverandoer-{supplier.Cvr}:{Slug(contact.Name)}", contact.Name);
    }

    /// <summary>A full, consistent set of answers for the supplier, in questionnaire order (file questions are attached).</summary>
    private List<AnswerInput> Answers(Supplier supplier)
    {
        var thirdCountries = ThirdCountrySubProcessors(supplier).ToList();
        var changedSubProcessors = _engagements[supplier].Any(e => e.NoticeGivenOn >= _opened.AddDays(-365));
        var contacts = supplier.Contacts.ToList();
        var answers = new Dictionary<string, (string? Value, string? Explanation)>(StringComparer.Ordinal);

        foreach (var question in _template.Questions)
        {
            if (question.Kind == QuestionKind.File)
            {
                continue;
            }

            var answer = question.Key switch
            {
                "sub-processors.changes" => (YesOrNo(changedSubProcessors), null),
                "sub-processors.notice-given" => changedSubProcessors ? YesNoPartially(0.85) : (null, null),
                "sub-processors.supervision-outcome" => _random.Chance(0.5)
                    ? ("Vi har gennemgået erklæringerne fra vores underdatabehandlere uden væsentlige bemærkninger.", null)
                    : (null, null),
                "transfers.any" => (YesOrNo(thirdCountries.Count > 0), null),
                "transfers.countries" => thirdCountries.Count > 0
                    ? (string.Join("; ", thirdCountries.Select(s => $"{s.CountryCode}: {s.Name} – {s.ServiceDescription}")), null)
                    : (null, null),
                "transfers.basis" => thirdCountries.Count > 0 ? TransferBasisAnswer(thirdCountries[0].TransferBasis) : ("none", null),
                "transfers.impact-assessment" => thirdCountries.Any(s => s.TransferBasis is TransferBasis.StandardContractualClauses
                        or TransferBasis.BindingCorporateRules or TransferBasis.None)
                    ? YesNoPartially(0.7)
                    : (null, null),
                "breaches.occurred" => (YesOrNo(_random.Chance(0.2)), null),
                "breaches.description" => answers["breaches.occurred"].Value == AnswerValues.Yes
                    ? ("Et forkert adresseret brev med helbredsoplysninger blev sendt til en anden borger. Kommunen blev underrettet samme dag, og vi har indført automatisk kontrol af adresser.", null)
                    : (null, null),
                "audit.period-start" => (StatementPeriod(answers, start: true), null),
                "audit.period-end" => (StatementPeriod(answers, start: false), null),
                "audit.opinion" => (answers["audit.statement-type"].Value is "management-statement" or "none"
                    ? "not-applicable"
                    : _random.Weighted([("unqualified", 85.0), ("qualified", 13.0), ("adverse", 2.0)]), null),
                "audit.deviations" => (YesOrNo(answers["audit.opinion"].Value != "not-applicable" && _random.Chance(0.3)), null),
                "audit.deviations-comments" => answers["audit.deviations"].Value == AnswerValues.Yes
                    ? ("Revisor fandt, at to fratrådte medarbejderes adgange blev lukket for sent. Ledelsen har indført automatisk lukning ved fratræden.", null)
                    : (null, null),
                "changes.product" or "changes.hosting" or "changes.ownership" or "changes.certifications" => (YesOrNo(_random.Chance(0.15)), null),
                "changes.description" => answers.Where(a => a.Key.StartsWith("changes.", StringComparison.Ordinal)).Any(a => a.Value.Value == AnswerValues.Yes)
                    ? ("Vi har flyttet driften til et nyt datacenter og opdateret risikovurderingen og bilag C.5.", null)
                    : (null, null),
                "contacts.data-protection" => (ContactLine(contacts[0]), null),
                "contacts.security" => (ContactLine(contacts[^1]), null),
                "attestation.confirmed" => (AnswerValues.Yes, null),
                "attestation.signatory" => ($"{_random.Pick(DemoVocabulary.FirstNames)} {_random.Pick(DemoVocabulary.LastNames)}, {_random.Pick(DemoVocabulary.SignatoryTitles)}", null),
                "locations.processing" => (Locations(thirdCountries), null),
                "locations.support" => ($"{_random.Pick(DemoVocabulary.DanishCities)}, Danmark" +
                    string.Concat(thirdCountries.Where(s => s.ServiceDescription.Contains("support", StringComparison.OrdinalIgnoreCase))
                        .Select(s => $"; {s.Name}, {s.CountryCode}")), null),
                "deletion.backups" => (BackupRetention(), null),
                _ => Generic(question),
            };
            answers[question.Key] = answer;
        }

        return [.. answers.Where(a => a.Value.Value is not null).Select(a => new AnswerInput(a.Key, a.Value.Value, a.Value.Explanation, 0))];
    }

    private (string? Value, string? Explanation) Generic(Question question)
    {
        if (!question.Required && !_random.Chance(0.6))
        {
            return (null, null);
        }

        return question.Kind switch
        {
            QuestionKind.YesNo => (YesOrNo(_random.Chance(0.92)), null),
            QuestionKind.YesNoPartially => YesNoPartially(0.75),
            QuestionKind.Date => (_random.DateBetween(_opened.AddDays(-300), NotAfterToday(_opened.AddDays(20)))
                .ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null),
            QuestionKind.Choice => (ChoiceWeights.TryGetValue(question.Key, out var weights)
                ? _random.Weighted(weights)
                : _random.Pick(question.Options.OrderBy(o => o.Order).ToList()).Key, null),
            _ => ("Se vores beskrivelse i bilag C til databehandleraftalen, som er uændret siden sidste år.", null),
        };
    }

    private (string?, string?) YesNoPartially(double yes)
    {
        var roll = _random.NextDouble();
        return roll < yes
            ? (AnswerValues.Yes, null)
            : (roll < yes + (1 - yes) * 0.8 ? AnswerValues.Partially : AnswerValues.No, _random.Pick(DemoVocabulary.PartialExplanations));
    }

    private static string YesOrNo(bool yes) => yes ? AnswerValues.Yes : AnswerValues.No;

    private static (string?, string?) TransferBasisAnswer(TransferBasis basis) => basis switch
    {
        TransferBasis.AdequacyDecision => ("adequacy", null),
        TransferBasis.EuUsDataPrivacyFramework => ("eu-us-dpf", null),
        TransferBasis.BindingCorporateRules => ("bcr", null),
        TransferBasis.Derogation => ("derogation", null),
        TransferBasis.None => ("scc-2021-914", "Standardkontraktbestemmelserne er under forhandling med underdatabehandleren."),
        _ => ("scc-2021-914", null),
    };

    /// <summary>Statements cover last calendar year; a type 1 statement is given at one date, the last day.</summary>
    private string StatementPeriod(Dictionary<string, (string? Value, string? Explanation)> answers, bool start)
    {
        var type1 = answers["audit.statement-type"].Value == "isae3402-type1";
        var date = start && !type1 ? new DateOnly(_year - 1, 1, 1) : new DateOnly(_year - 1, 12, 31);
        return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private string Locations(List<SubProcessor> thirdCountries)
    {
        var cities = _random.Sample(DemoVocabulary.DanishCities, 2);
        var text = $"Datacenter i {cities[0]}, Danmark (drift) og {cities[1]}, Danmark (backup)";
        var hosting = thirdCountries.FirstOrDefault(s => s.ServiceDescription.Contains("cloud", StringComparison.OrdinalIgnoreCase)
                                                         || s.ServiceDescription.Contains("Hosting", StringComparison.OrdinalIgnoreCase));
        return hosting is null ? text : $"{text}; {hosting.Name}, region i EU med administration fra {hosting.CountryCode}";
    }

    private string BackupRetention()
    {
        var days = _random.Pick([30, 35, 60, 90]);
        return $"Backup gemmes i {days} dage og roteres automatisk, så slettede oplysninger er væk fra backup senest {days} dage efter sletningen.";
    }

    private static string ContactLine(SupplierContact contact) =>
        $"{contact.Name}, {contact.Role}, {contact.Email}, {contact.Phone}";

    /// <summary>An instant some days after <paramref name="previous"/>, not after today, and always later than it.</summary>
    private DateTimeOffset After(DateTimeOffset previous, int minDays, int maxDays)
    {
        var date = NotAfterToday(DateOnly.FromDateTime(previous.UtcDateTime).AddDays(_random.Between(minDays, maxDays)));
        var at = _random.During(date);
        return at > previous ? at : previous.AddMinutes(_random.Between(5, 90));
    }
}
