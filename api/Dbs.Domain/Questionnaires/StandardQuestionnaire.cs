namespace Dbs.Domain.Questionnaires;

/// <summary>
/// DBS's annual control questionnaire: the twelve topics a supplier documents every year, each question referring to
/// the clause or appendix of Datatilsynet's standard contractual clauses it checks. Returns an unpublished template,
/// so DBS can adjust it before publishing the year's round.
/// </summary>
public static class StandardQuestionnaire
{
    public static QuestionnaireTemplate Create(int year)
    {
        var template = new QuestionnaireTemplate(year, $"Årligt kontrolskema {year}");
        var builder = new Builder(template);

        builder.Section("Instruks", "Behandling efter den dataansvarliges instruks (punkt 4 og bilag C.1).");
        builder.Ask("instructions.followed", "Behandler I kun personoplysninger efter den dataansvarliges dokumenterede instruks?",
            QuestionKind.YesNo, "4");
        builder.Ask("instructions.unlawful-procedure",
            "Har I en procedure for straks at underrette den dataansvarlige, hvis en instruks efter jeres vurdering strider mod databeskyttelsesreglerne?",
            QuestionKind.YesNo, "4.3");
        builder.Ask("instructions.unlawful-cases", "Beskriv tilfælde i perioden, hvor I har vurderet en instruks som ulovlig, og hvad I gjorde.",
            QuestionKind.Text, "4.3", required: false, help: "Skriv \"Ingen\", hvis der ikke har været sådanne tilfælde.");
        builder.Ask("instructions.purpose", "Er behandlingen i perioden sket inden for det formål og den karakter, der er beskrevet i bilag A?",
            QuestionKind.YesNoPartially, "A.1");

        builder.Section("Fortrolighed", "Medarbejdernes tavshedspligt og adgang efter arbejdsbetinget behov (punkt 5).");
        builder.Ask("confidentiality.agreements",
            "Er alle medarbejdere med adgang til personoplysningerne underlagt tavshedspligt eller en fortrolighedsaftale?",
            QuestionKind.YesNo, "5");
        builder.Ask("confidentiality.need-to-know", "Er adgangen til personoplysningerne begrænset til medarbejdere med et arbejdsbetinget behov?",
            QuestionKind.YesNoPartially, "5");
        builder.Ask("confidentiality.access-review", "Gennemgår I brugeradgange mindst én gang om året og fjerner adgange, der ikke længere er behov for?",
            QuestionKind.YesNoPartially, "5");
        builder.Ask("confidentiality.last-review", "Hvornår blev den seneste gennemgang af brugeradgange afsluttet?",
            QuestionKind.Date, "5", required: false);

        builder.Section("Behandlingssikkerhed", "Tekniske og organisatoriske sikkerhedsforanstaltninger (punkt 6 og bilag C.2).");
        builder.Ask("security.risk-assessment", "Har I en risikovurdering af behandlingen, som er opdateret inden for det seneste år?",
            QuestionKind.YesNo, "6");
        builder.Ask("security.isms", "Hvilket ledelsessystem for informationssikkerhed arbejder I efter?", QuestionKind.Choice, "C.2",
            options: [("iso27001-certified", "Certificeret efter ISO/IEC 27001"), ("iso27001-aligned", "Følger ISO/IEC 27001 uden certificering"),
                ("other", "Andet ledelsessystem"), ("none", "Intet ledelsessystem")]);
        builder.Ask("security.isms-scope", "Beskriv omfanget (scope) af certificeringen eller ledelsessystemet.", QuestionKind.Text, "C.2",
            required: false, help: "Fx hvilke lokationer, systemer og processer certifikatet dækker.");
        builder.Ask("security.mfa", "Kræves flerfaktorautentifikation ved fjernadgang og ved al privilegeret adgang?",
            QuestionKind.YesNoPartially, "C.2");
        builder.Ask("security.logging", "Logges adgang til personoplysningerne, og gennemgås logs regelmæssigt?",
            QuestionKind.YesNoPartially, "C.2");
        builder.Ask("security.encryption-transit", "Krypteres personoplysninger ved transmission over åbne netværk?", QuestionKind.YesNo, "C.2");
        builder.Ask("security.encryption-rest", "Krypteres personoplysninger ved opbevaring, herunder i backup?",
            QuestionKind.YesNoPartially, "C.2");
        builder.Ask("security.restore-test", "Er genetablering fra backup testet i perioden?", QuestionKind.YesNo, "C.2");
        builder.Ask("security.patching", "Installeres sikkerhedsopdateringer efter en fastlagt procedure og frist?",
            QuestionKind.YesNoPartially, "C.2");
        builder.Ask("security.pentest", "Hvornår blev den seneste penetrationstest gennemført?", QuestionKind.Date, "C.2", required: false);
        builder.Ask("security.segregation", "Er den dataansvarliges data adskilt fra andre kunders data?", QuestionKind.YesNo, "C.2");
        builder.Ask("security.continuity", "Har I en beredskabsplan, som er testet inden for det seneste år?",
            QuestionKind.YesNoPartially, "C.2");

        builder.Section("Underdatabehandlere", "Brug af og tilsyn med underdatabehandlere (punkt 7, bilag B og C.8).");
        builder.Ask("subprocessors.list", "Vedhæft den fulde liste over underdatabehandlere med navn, CVR eller land og ydelse.",
            QuestionKind.File, "B.1");
        builder.Ask("subprocessors.changes", "Har I taget nye underdatabehandlere i brug eller udskiftet nogen i perioden?",
            QuestionKind.YesNo, "7.3");
        builder.Ask("subprocessors.notice-given", "Blev den dataansvarlige varslet forud for hver ændring med den aftalte frist?",
            QuestionKind.YesNoPartially, "B.2", required: false, help: "Besvares, hvis der har været ændringer.");
        builder.Ask("subprocessors.back-to-back",
            "Er der indgået aftaler med alle underdatabehandlere, som pålægger dem de samme databeskyttelsesforpligtelser?",
            QuestionKind.YesNo, "7.4");
        builder.Ask("subprocessors.supervision", "Hvordan fører I tilsyn med jeres underdatabehandlere?", QuestionKind.Choice, "C.8",
            options: [("auditor-statements", "Indhenter revisorerklæringer"), ("written", "Skriftlige kontroller"),
                ("inspections", "Fysiske tilsyn"), ("none", "Der føres ikke tilsyn")]);
        builder.Ask("subprocessors.statements", "Vedhæft underdatabehandlernes seneste erklæringer.", QuestionKind.File, "C.8",
            required: false);

        builder.Section("Overførsel til tredjelande", "Overførsel til og adgang fra lande uden for EU/EØS (punkt 8 og bilag C.6).");
        builder.Ask("transfers.any",
            "Overføres personoplysninger til, eller tilgås de fra, lande uden for EU/EØS, herunder ved support og fjernadministration?",
            QuestionKind.YesNo, "8");
        builder.Ask("transfers.countries", "Angiv landene, og hvilke underdatabehandlere eller ydelser overførslen vedrører.",
            QuestionKind.Text, "C.6", required: false);
        builder.Ask("transfers.basis", "Hvilket overførselsgrundlag anvendes?", QuestionKind.Choice, "C.6", required: false,
            options: [("adequacy", "Tilstrækkelighedsafgørelse"), ("dpf", "EU-US Data Privacy Framework"),
                ("scc", "Standardkontraktbestemmelser (2021/914)"), ("bcr", "Bindende virksomhedsregler (BCR)"), ("other", "Andet")]);
        builder.Ask("transfers.tia", "Er der udarbejdet en vurdering af overførslens konsekvenser (transfer impact assessment)?",
            QuestionKind.YesNoPartially, "C.6", required: false);

        builder.Section("Bistand til den dataansvarlige", "De registreredes rettigheder og konsekvensanalyser (punkt 9 og bilag C.3).");
        builder.Ask("assistance.data-subject-rights",
            "Har I procedurer for at bistå den dataansvarlige med at besvare anmodninger fra de registrerede?", QuestionKind.YesNo, "9.1");
        builder.Ask("assistance.dpia", "Kan I bistå med konsekvensanalyser og forudgående høring af Datatilsynet?", QuestionKind.YesNo, "9.2");
        builder.Ask("assistance.requests", "Hvor mange anmodninger fra registrerede har I bistået med i perioden?", QuestionKind.Text, "9.1",
            required: false);

        builder.Section("Brud på persondatasikkerheden", "Håndtering og underretning ved brud (punkt 10 og bilag C.3).");
        builder.Ask("breaches.procedure", "Har I en procedure for håndtering og underretning ved brud på persondatasikkerheden?",
            QuestionKind.YesNo, "10");
        builder.Ask("breaches.deadline", "Inden for hvilken frist underretter I den dataansvarlige om et brud?", QuestionKind.Choice, "C.3",
            options: [("24h", "Inden for 24 timer"), ("48h", "Inden for 48 timer"), ("72h", "Inden for 72 timer"), ("other", "Anden frist")]);
        builder.Ask("breaches.occurred", "Har der i perioden været brud, som vedrører den dataansvarliges personoplysninger?",
            QuestionKind.YesNo, "10");
        builder.Ask("breaches.description", "Beskriv bruddene, hvornår den dataansvarlige blev underrettet, og hvordan I har fulgt op.",
            QuestionKind.Text, "10", required: false);

        builder.Section("Sletning og tilbagelevering", "Opbevaring, sletning og aftalens ophør (punkt 11 og bilag C.4).");
        builder.Ask("deletion.routines", "Slettes personoplysninger efter de aftalte opbevarings- og sletteregler?", QuestionKind.YesNo, "C.4");
        builder.Ask("deletion.logged", "Dokumenteres sletninger, fx i en log?", QuestionKind.YesNoPartially, "C.4");
        builder.Ask("deletion.backups", "Beskriv, hvordan og hvornår personoplysninger slettes fra backup.", QuestionKind.Text, "C.4");
        builder.Ask("deletion.contract-end", "Har I en procedure for sletning eller tilbagelevering, når aftalen ophører?",
            QuestionKind.YesNo, "11");

        builder.Section("Lokationer", "Hvor personoplysningerne behandles og supporteres fra (bilag C.5).");
        builder.Ask("locations.processing", "Angiv alle lokationer, herunder datacentre, hvor personoplysningerne behandles.",
            QuestionKind.Text, "C.5");
        builder.Ask("locations.support", "Angiv, hvorfra support og drift udføres.", QuestionKind.Text, "C.5");
        builder.Ask("locations.changed", "Er lokationerne ændret i perioden?", QuestionKind.YesNo, "C.5");

        builder.Section("Revisorerklæring", "Den dataansvarliges revision og inspektion (punkt 12 og bilag C.7).");
        builder.Ask("audit.kind", "Hvilken erklæring dokumenterer overholdelsen?", QuestionKind.Choice, "C.7",
            options: [("isae3000-reasonable", "ISAE 3000 (GDPR), høj grad af sikkerhed"),
                ("isae3000-limited", "ISAE 3000 (GDPR), begrænset grad af sikkerhed"), ("isae3402-type1", "ISAE 3402 type 1"),
                ("isae3402-type2", "ISAE 3402 type 2"), ("management", "Ledelseserklæring"), ("none", "Ingen erklæring")]);
        builder.Ask("audit.statement", "Vedhæft den seneste erklæring.", QuestionKind.File, "C.7",
            help: "PDF. Erklæringen skal dække den behandling, aftalen omfatter.");
        builder.Ask("audit.period-start", "Hvornår begyndte erklæringsperioden?", QuestionKind.Date, "C.7");
        builder.Ask("audit.period-end", "Hvornår sluttede erklæringsperioden?", QuestionKind.Date, "C.7");
        builder.Ask("audit.opinion", "Hvilken konklusion har revisor afgivet?", QuestionKind.Choice, "C.7",
            options: [("unqualified", "Blank konklusion"), ("qualified", "Modificeret konklusion"), ("adverse", "Afkræftende konklusion"),
                ("not-applicable", "Ikke relevant (ledelseserklæring)")]);
        builder.Ask("audit.deviations", "Beskriv eventuelle afvigelser i erklæringen og ledelsens kommentarer til dem.",
            QuestionKind.Text, "C.7", required: false);

        builder.Section("Ændringer siden sidste år", "Produkt, hosting, ejerforhold og certificeringer.");
        builder.Ask("changes.product", "Er der sket væsentlige ændringer i produktet eller ydelsen siden sidste år?", QuestionKind.YesNo, null);
        builder.Ask("changes.hosting", "Er hosting- eller driftsleverandøren skiftet?", QuestionKind.YesNo, "C.5");
        builder.Ask("changes.ownership", "Er der sket ændringer i ejerforholdene?", QuestionKind.YesNo, null);
        builder.Ask("changes.description", "Beskriv ændringerne, herunder i certificeringer og erklæringer.", QuestionKind.Text, null,
            required: false);

        builder.Section("Kontaktpersoner og bekræftelse", "Kontaktpunkter (punkt 15) og bekræftelse af besvarelsen.");
        builder.Ask("contact.privacy", "Kontaktperson for databeskyttelse (navn, e-mail og telefon).", QuestionKind.Text, "15");
        builder.Ask("contact.security", "Kontaktperson for informationssikkerhed og brud (navn, e-mail og telefon).", QuestionKind.Text, "15");
        builder.Ask("attestation.confirmed", "Bekræfter du som tegningsberettiget, at besvarelsen er korrekt og fuldstændig?",
            QuestionKind.YesNo, null);
        builder.Ask("attestation.signed-by", "Navn og titel på den, der afgiver bekræftelsen.", QuestionKind.Text, null);

        return template;
    }

    private sealed class Builder(QuestionnaireTemplate template)
    {
        private QuestionnaireSection? _section;

        public void Section(string title, string description) => _section = template.AddSection(title, description).Value;

        public void Ask(string key, string text, QuestionKind kind, string? clause, bool required = true, string? help = null,
            IReadOnlyList<(string Key, string Label)>? options = null)
        {
            var added = template.AddQuestion(_section!, key, text, kind, required, clause, help, options);
            if (added.IsFailure)
            {
                throw new InvalidOperationException($"The standard questionnaire is malformed: {added.Error.Message}");
            }
        }
    }
}
