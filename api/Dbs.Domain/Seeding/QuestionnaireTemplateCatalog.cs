using Dbs.Domain.Persistence;
using Dbs.Domain.Questionnaires;
using Microsoft.EntityFrameworkCore;
using static Dbs.Domain.Seeding.Expectations;

namespace Dbs.Domain.Seeding;

/// <summary>
/// The annual control questionnaire (kontrolskema) DBS sends to suppliers: twelve sections following Datatilsynet's
/// standard contractual clauses and their appendices, each question with its clause reference. Reference data: every
/// database gets the current year's template, published, so suppliers can answer it.
/// </summary>
public static class QuestionnaireTemplateCatalog
{
    private const QuestionKind YesNo = QuestionKind.YesNo;
    private const QuestionKind YesNoPartially = QuestionKind.YesNoPartially;
    private const QuestionKind Text = QuestionKind.Text;
    private const QuestionKind Date = QuestionKind.Date;
    private const QuestionKind Choice = QuestionKind.Choice;
    private const QuestionKind File = QuestionKind.File;

    private const string PartiallyHelp = " Svar \"delvist\", og forklar i kommentaren, hvad der mangler, og hvornår det er på plads.";

    /// <summary>The sections and questions, in the order suppliers see them.</summary>
    public static IReadOnlyList<SectionSpec> Sections { get; } =
    [
        new("Instruks", "Behandling alene efter dokumenteret instruks fra den dataansvarlige (bestemmelse 4 og bilag A og C.1).",
        [
            new("instructions.followed", "Har I i perioden alene behandlet kommunernes personoplysninger efter dokumenteret instruks?",
                YesNoPartially, true, "4",
                "Instruksen fremgår af databehandleraftalens bilag C.1." + PartiallyHelp),
            new("instructions.unlawful-procedure", "Har I en fast procedure for straks at underrette den dataansvarlige, hvis en instruks efter jeres vurdering er i strid med databeskyttelsesreglerne?",
                YesNoPartially, true, "4",
                "Beskriv kort proceduren i kommentaren, og oplys, om den er brugt i perioden."),
            new("instructions.purpose", "Har behandlingen i perioden alene omfattet de formål og den karakter af behandling, der er beskrevet i bilag A.1 og A.2?",
                YesNoPartially, true, "A.1",
                "Nye funktioner, der behandler personoplysninger til andre formål, kræver en ny instruks."),
            new("instructions.categories", "Svarer de typer af personoplysninger og kategorier af registrerede, I behandler, fortsat til beskrivelsen i bilag A.3 og A.4?",
                YesNoPartially, true, "A.3",
                "Vær særlig opmærksom på følsomme oplysninger (artikel 9), CPR-numre og oplysninger om strafbare forhold (artikel 10)."),
        ]),
        new("Fortrolighed", "Fortrolighed og adgang til personoplysninger efter arbejdsbetinget behov (bestemmelse 5).",
        [
            new("confidentiality.undertaking", "Har alle medarbejdere og konsulenter med adgang til personoplysningerne påtaget sig fortrolighed eller er de underlagt en passende lovbestemt tavshedspligt?",
                YesNo, true, "5", null),
            new("confidentiality.need-to-know", "Er adgangen til personoplysningerne begrænset til de medarbejdere, der har et arbejdsbetinget behov for den?",
                YesNoPartially, true, "5",
                "Adgang bør tildeles efter rolle og fjernes senest på fratrædelsesdagen." + PartiallyHelp),
            new("confidentiality.access-review", "Hvornår gennemgik I senest medarbejdernes adgangsrettigheder til systemerne?",
                Date, true, "5",
                "DBS forventer mindst én dokumenteret gennemgang om året."),
        ]),
        new("Behandlingssikkerhed", "Tekniske og organisatoriske sikkerhedsforanstaltninger (bestemmelse 6 og bilag C.2).",
        [
            new("security.risk-assessment", "Hvornår blev risikovurderingen for behandlingen af kommunernes personoplysninger senest opdateret?",
                Date, true, "6",
                "Risikovurderingen skal tage udgangspunkt i risikoen for de registrerede og opdateres ved væsentlige ændringer og mindst én gang om året."),
            new("security.isms", "Har I et ledelsessystem for informationssikkerhed (ISMS)?",
                Choice, true, "C.2",
                "Beskriv i kommentaren ledelsessystemets omfang, og om det dækker de systemer og lokationer, hvor kommunernes oplysninger behandles.",
                [
                    new("iso27001-certified", "Ja, certificeret efter ISO/IEC 27001"),
                    new("iso27001-aligned", "Ja, efter ISO/IEC 27001 uden certificering"),
                    new("other", "Ja, efter en anden standard"),
                    new("none", "Nej"),
                ]),
            new("security.mfa", "Kræves der flerfaktorautentifikation (MFA) for al fjernadgang og for alle privilegerede brugere?",
                YesNoPartially, true, "C.2", PartiallyHelp.Trim()),
            new("security.logging", "Logges brugeres og administratorers adgang til personoplysningerne, og gemmes loggen i mindst seks måneder?",
                YesNoPartially, true, "C.2",
                "Loggen skal mindst vise, hvem der har tilgået hvilke oplysninger og hvornår." + PartiallyHelp),
            new("security.log-review", "Gennemgås loggen løbende for uautoriseret adgang og usædvanlig adfærd?",
                YesNoPartially, true, "C.2",
                "Beskriv i kommentaren, hvor ofte loggen gennemgås, og om det sker automatisk eller manuelt."),
            new("security.encryption-in-transit", "Krypteres personoplysninger, når de overføres over åbne netværk (mindst TLS 1.2)?",
                YesNo, true, "C.2", null),
            new("security.encryption-at-rest", "Krypteres personoplysninger i hvile, herunder i databaser, på bærbart udstyr og i backup?",
                YesNoPartially, true, "C.2", PartiallyHelp.Trim()),
            new("security.restore-test", "Hvornår testede I senest, at data kan genskabes fra backup?",
                Date, true, "C.2",
                "Angiv datoen for den seneste dokumenterede test af genskabelse."),
            new("security.patching", "Installeres kritiske sikkerhedsopdateringer inden for en fast frist?",
                YesNoPartially, true, "C.2",
                "Oplys fristen i kommentaren, fx 14 dage for kritiske opdateringer."),
            new("security.penetration-test", "Hvornår blev løsningen senest testet med en uafhængig penetrationstest?",
                Date, false, "C.2",
                "Lad feltet stå tomt, hvis der ikke er gennemført en penetrationstest."),
            new("security.segregation", "Er hver kommunes personoplysninger logisk eller fysisk adskilt fra andre kunders?",
                YesNoPartially, true, "C.2", PartiallyHelp.Trim()),
            new("security.continuity", "Har I en beredskabsplan for løsningen, som er testet inden for det seneste år?",
                YesNoPartially, true, "C.2",
                "Beskriv i kommentaren, hvornår og hvordan planen senest er testet."),
        ]),
        new("Underdatabehandlere", "Brug af underdatabehandlere, varsling og tilsyn med dem (bestemmelse 7, bilag B og C.8).",
        [
            new("sub-processors.list-complete", "Er listen over underdatabehandlere fuldstændig og ajourført med navn, CVR-nummer eller udenlandsk registreringsnummer, land og ydelse?",
                YesNoPartially, true, "B.1",
                "Underdatabehandlerne registreres i portalens oversigt, som kommunerne ser." + PartiallyHelp),
            new("sub-processors.changes", "Har I i perioden taget nye underdatabehandlere i brug eller udskiftet nogen?",
                YesNo, true, "7", null),
            new("sub-processors.notice-given", "Har I varslet ændringerne over for kommunerne med den varslingsperiode, der er aftalt i bilag B.2, før de trådte i kraft?",
                YesNoPartially, false, "B.2",
                "Besvares, hvis der har været ændringer. Kommunerne kan gøre indsigelse inden for varslingsperioden."),
            new("sub-processors.back-to-back", "Har I indgået skriftlige aftaler med alle underdatabehandlere, der pålægger dem de samme databeskyttelsesforpligtelser som jeres aftale med kommunerne?",
                YesNoPartially, true, "7", PartiallyHelp.Trim()),
            new("sub-processors.supervision-method", "Hvordan har I ført tilsyn med jeres underdatabehandlere i perioden?",
                Choice, true, "C.8",
                "Vælg den metode, I overvejende har brugt. Beskriv i kommentaren, hvis metoderne er forskellige for forskellige underdatabehandlere.",
                [
                    new("auditor-statement", "Revisorerklæring (ISAE 3000 eller ISAE 3402)"),
                    new("management-statement", "Ledelseserklæring"),
                    new("written", "Skriftligt tilsyn (spørgeskema)"),
                    new("physical", "Fysisk tilsyn"),
                    new("none", "Der er ikke ført tilsyn i perioden"),
                ]),
            new("sub-processors.statements", "Vedhæft de seneste erklæringer eller tilsynsrapporter for jeres væsentligste underdatabehandlere.",
                File, false, "C.8",
                "PDF-filer. Erklæringer, der ikke kan deles, kan I i stedet beskrive i kommentaren."),
            new("sub-processors.supervision-outcome", "Beskriv resultatet af tilsynet med underdatabehandlerne, herunder afvigelser og jeres opfølgning på dem.",
                Text, false, "C.8", null),
        ]),
        new("Overførsel til tredjelande", "Overførsel af personoplysninger til lande uden for EU/EØS (bestemmelse 8 og bilag C.6).",
        [
            new("transfers.any", "Overføres personoplysninger til lande uden for EU/EØS, eller er der adgang til dem derfra, også ved support, fjernadministration eller drift?",
                YesNo, true, "8",
                "Adgang fra et tredjeland, fx når en supportmedarbejder i et andet land kan se data, er også en overførsel."),
            new("transfers.countries", "Angiv landene, formålet med overførslen eller adgangen og de underdatabehandlere, der står for den.",
                Text, false, "C.6", "Besvares, hvis der sker overførsel."),
            new("transfers.basis", "Hvilket overførselsgrundlag anvendes?",
                Choice, true, "8",
                "Vælg det grundlag, der dækker de fleste overførsler, og beskriv eventuelle andre i kommentaren.",
                [
                    new("none", "Der sker ingen overførsel"),
                    new("adequacy", "Tilstrækkeligt beskyttelsesniveau (afgørelse fra Europa-Kommissionen)"),
                    new("eu-us-dpf", "EU-U.S. Data Privacy Framework"),
                    new("scc-2021-914", "Europa-Kommissionens standardkontraktbestemmelser (2021/914)"),
                    new("bcr", "Bindende virksomhedsregler (BCR)"),
                    new("derogation", "Undtagelse efter artikel 49"),
                ]),
            new("transfers.impact-assessment", "Har I gennemført en vurdering af overførslens virkning (transfer impact assessment) for overførsler, der sker på standardkontraktbestemmelser eller bindende virksomhedsregler?",
                YesNoPartially, false, "C.6", "Besvares, hvis der sker overførsel på standardkontraktbestemmelser eller BCR."),
        ]),
        new("Bistand til den dataansvarlige", "Bistand med de registreredes rettigheder og konsekvensanalyser (bestemmelse 9 og bilag C.3).",
        [
            new("assistance.data-subject-rights", "Kan I inden for den aftalte frist hjælpe kommunerne med at besvare anmodninger om indsigt, berigtigelse, sletning, begrænsning og dataportabilitet?",
                YesNoPartially, true, "9",
                "Oplys i kommentaren, hvor mange anmodninger I har hjulpet med i perioden."),
            new("assistance.impact-assessments", "Har I givet kommunerne de oplysninger, de har haft brug for til konsekvensanalyser (DPIA) og eventuel forudgående høring af Datatilsynet?",
                YesNoPartially, true, "C.3", null),
        ]),
        new("Brud på persondatasikkerheden", "Håndtering og anmeldelse af brud på persondatasikkerheden (bestemmelse 10).",
        [
            new("breaches.procedure", "Har I en dokumenteret procedure for at opdage, registrere og håndtere brud på persondatasikkerheden?",
                YesNo, true, "10", null),
            new("breaches.notification-deadline", "Hvor hurtigt underretter I kommunen, efter at I er blevet opmærksomme på et brud?",
                Choice, true, "C.3",
                "Kommunen skal selv anmelde bruddet til Datatilsynet inden for 72 timer, så jeres frist skal være kortere. Fristen fremgår af bilag C.3.",
                [
                    new("24h", "Inden for 24 timer"),
                    new("48h", "Inden for 48 timer"),
                    new("72h", "Inden for 72 timer"),
                    new("later", "Senere end 72 timer"),
                ]),
            new("breaches.occurred", "Har der i perioden været brud på persondatasikkerheden, som har berørt kommunernes personoplysninger?",
                YesNo, true, "10", null),
            new("breaches.description", "Beskriv bruddene, hvornår kommunerne blev underrettet, og hvad I har gjort for at undgå gentagelser.",
                Text, false, "10", "Besvares, hvis der har været brud."),
        ]),
        new("Sletning og tilbagelevering", "Opbevaring, sletning og tilbagelevering af personoplysninger (bestemmelse 11 og bilag C.4).",
        [
            new("deletion.retention", "Slettes personoplysninger, når de opbevaringsfrister, der er fastsat i bilag C.4, er udløbet?",
                YesNoPartially, true, "C.4",
                "Oplys i kommentaren, om sletningen sker automatisk eller manuelt." + PartiallyHelp),
            new("deletion.log", "Dokumenteres sletninger, så I kan vise kommunen, hvad der er slettet og hvornår?",
                YesNoPartially, true, "C.4", null),
            new("deletion.backups", "Hvor lang tid går der, før slettede personoplysninger også er fjernet fra backup?",
                Text, true, "C.4", "Angiv fx antal dage og beskriv, hvordan backup roteres."),
            new("deletion.contract-end", "Har I en procedure for at tilbagelevere og slette alle personoplysninger, når aftalen ophører?",
                YesNoPartially, true, "11",
                "Beskriv i kommentaren, i hvilket format data tilbageleveres, og hvordan sletningen dokumenteres."),
        ]),
        new("Behandlingssteder", "Hvor personoplysningerne behandles, og hvorfra der gives support (bilag C.5).",
        [
            new("locations.processing", "Angiv de lokationer (by og land), hvor personoplysningerne behandles og opbevares, herunder backup.",
                Text, true, "C.5", "Angiv også datacentrets ejer, hvis det ikke er jer selv."),
            new("locations.support", "Angiv de lokationer, hvorfra der gives support og fjernadministration.",
                Text, true, "C.5", "Medtag support fra underdatabehandlere og koncernselskaber."),
        ]),
        new("Revisorerklæring", "Årlig erklæring om behandlingssikkerheden (bestemmelse 12 og bilag C.7).",
        [
            new("audit.statement-type", "Hvilken type erklæring dækker perioden?",
                Choice, true, "C.7",
                "Bilag C.7 fastsætter, hvilken erklæring der er aftalt. En ISAE 3000-erklæring om databeskyttelse (GDPR) er det almindelige.",
                [
                    new("isae3000-reasonable", "ISAE 3000 (GDPR) med høj grad af sikkerhed"),
                    new("isae3000-limited", "ISAE 3000 (GDPR) med begrænset grad af sikkerhed"),
                    new("isae3402-type1", "ISAE 3402 type 1"),
                    new("isae3402-type2", "ISAE 3402 type 2"),
                    new("management-statement", "Ledelseserklæring"),
                    new("none", "Ingen erklæring for perioden"),
                ]),
            new("audit.period-start", "Erklæringsperiodens første dag", Date, true, "C.7", null),
            new("audit.period-end", "Erklæringsperiodens sidste dag", Date, true, "C.7", null),
            new("audit.opinion", "Hvilken konklusion har revisor givet?",
                Choice, true, "C.7", null,
                [
                    new("unqualified", "Konklusion uden forbehold"),
                    new("qualified", "Konklusion med forbehold"),
                    new("adverse", "Afkræftende konklusion"),
                    new("not-applicable", "Ingen revisor (ledelseserklæring)"),
                ]),
            new("audit.deviations", "Har revisor konstateret afvigelser i de testede kontroller?",
                YesNo, true, "C.7", null),
            new("audit.deviations-comments", "Gengiv afvigelserne, ledelsens kommentarer og jeres opfølgning.",
                Text, false, "C.7", "Besvares, hvis revisor har konstateret afvigelser."),
            new("audit.coverage", "Dækker erklæringen alle de it-systemer og lokationer, som jeres aftaler med medlemskommunerne omfatter?",
                YesNoPartially, true, "12", PartiallyHelp.Trim()),
            new("audit.statement-file", "Vedhæft erklæringen.",
                File, true, "C.7", "PDF, underskrevet. Erklæringen skal dække de it-systemer, der leveres til medlemskommunerne."),
        ]),
        new("Ændringer siden sidste år", "Ændringer, der kan påvirke behandlingen eller sikkerheden.",
        [
            new("changes.product", "Er der sket væsentlige ændringer i produktet eller i den måde, personoplysningerne behandles på?",
                YesNo, true, "A.2", null),
            new("changes.hosting", "Har I skiftet hostingleverandør eller driftsmodel, fx fra egen drift til offentlig cloud?",
                YesNo, true, "C.5", null),
            new("changes.ownership", "Er der sket ændringer i ejerskab eller koncernforhold?",
                YesNo, true, null, "Fx salg af virksomheden eller ny moderselskab uden for EU/EØS."),
            new("changes.certifications", "Har I opnået eller mistet certificeringer, fx ISO/IEC 27001, i perioden?",
                YesNo, true, "C.2", null),
            new("changes.description", "Beskriv ændringerne og deres betydning for behandlingen af kommunernes personoplysninger.",
                Text, false, null, "Besvares, hvis der er sket ændringer."),
        ]),
        new("Kontaktpersoner og bekræftelse", "Kontaktpunkter og bekræftelse af besvarelsen (bestemmelse 15).",
        [
            new("contacts.data-protection", "Navn, e-mail og telefonnummer på jeres kontaktperson for databeskyttelse.",
                Text, true, "15", null),
            new("contacts.security", "Navn, e-mail og telefonnummer på jeres kontaktperson for informationssikkerhed og brud på persondatasikkerheden.",
                Text, true, "15", "Kontaktpersonen skal kunne nås uden for normal arbejdstid ved alvorlige brud."),
            new("attestation.confirmed", "Jeg bekræfter, at besvarelsen er korrekt og fuldstændig, og at jeg er bemyndiget til at afgive den på virksomhedens vegne.",
                YesNo, true, null, null),
            new("attestation.signatory", "Navn og stilling på den person, der afgiver bekræftelsen.",
                Text, true, null, null),
        ]),
    ];

    /// <summary>The title of a year's template.</summary>
    public static string TitleFor(int year) => $"Kontrolskema {year} – årligt tilsyn med databehandlere";

    /// <summary>
    /// Builds the template for <paramref name="year"/>, unpublished, so DBS can still adjust it before publishing.
    /// </summary>
    public static QuestionnaireTemplate Create(int year)
    {
        var template = new QuestionnaireTemplate(year, TitleFor(year));
        foreach (var spec in Sections)
        {
            var section = Expect(template.AddSection(spec.Title, spec.Description));
            foreach (var question in spec.Questions)
            {
                Expect(template.AddQuestion(section, question.Key, question.Text, question.Kind, question.Required,
                    question.ClauseReference, question.HelpText,
                    question.Options?.Select(o => (o.Key, o.Label)).ToList()));
            }
        }

        return template;
    }

    /// <summary>
    /// Adds the template for <paramref name="year"/>, published as of 1 January, unless the database has one. Returns
    /// whether it added it. Idempotent: run with the reference data after every migration.
    /// </summary>
    public static async Task<bool> EnsureAsync(DbsDbContext db, int year, CancellationToken cancellationToken = default)
    {
        if (await db.QuestionnaireTemplates.AnyAsync(t => t.Year == year, cancellationToken))
        {
            return false;
        }

        var template = Create(year);
        Expect(template.Publish(PublishedAt(year)));
        db.QuestionnaireTemplates.Add(template);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Midnight starting 1 January in Denmark: the catalog's template applies to the whole year.</summary>
    public static DateTimeOffset PublishedAt(int year) => new(year, 1, 1, 0, 0, 0, TimeSpan.FromHours(1));

    /// <summary>A section of the template.</summary>
    public sealed record SectionSpec(string Title, string Description, IReadOnlyList<QuestionSpec> Questions);

    /// <summary>A question of the template; <see cref="Options"/> only for choice questions.</summary>
    public sealed record QuestionSpec(string Key, string Text, QuestionKind Kind, bool Required, string? ClauseReference,
        string? HelpText, IReadOnlyList<OptionSpec>? Options = null);

    /// <summary>An option of a choice question.</summary>
    public sealed record OptionSpec(string Key, string Label);
}
